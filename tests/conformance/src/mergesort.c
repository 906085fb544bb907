/* Top-down recursive merge sort and bottom-up iterative merge sort on 64-bit keys. */
#include <stdint.h>
#include <string.h>

uint64_t g_seed = 0x9E3779B97F4A7C15ull;

static int64_t keys[2048];
static int64_t keys2[2048];
static int64_t scratch[2048];

static void merge(int64_t *a, int lo, int mid, int hi, int64_t *tmp) {
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof(int64_t));
}

static void merge_sort(int64_t *a, int lo, int hi, int64_t *tmp) {
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, lo, mid, tmp);
    merge_sort(a, mid, hi, tmp);
    merge(a, lo, mid, hi, tmp);
}

static void merge_sort_bottom_up(int64_t *a, int n, int64_t *tmp) {
    for (int width = 1; width < n; width *= 2)
        for (int lo = 0; lo < n - width; lo += 2 * width) {
            int hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(a, lo, lo + width, hi, tmp);
        }
}

long long checksum(void) {
    uint64_t x = g_seed;
    const int n = 2048;
    for (int i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        keys[i] = (int64_t)(x >> 1) - (int64_t)(x >> 2) * 2;
        keys2[i] = (int64_t)(x % 5000u) - 2500;
    }
    merge_sort(keys, 0, n, scratch);
    merge_sort_bottom_up(keys2, n - 5, scratch);
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        h = h * 6364136223846793005ull + (uint64_t)keys[i];
        h ^= (uint64_t)keys2[i] + (h >> 29);
    }
    for (int i = 1; i < n - 5; i++) if (keys2[i - 1] > keys2[i]) h += 1;
    return (long long)h;
}
