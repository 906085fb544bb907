/* Recursive quicksort (Lomuto and Hoare partitions) over data from an LCG. */
#include <stdint.h>

uint32_t g_seed = 12345u;

static int32_t data[3000];
static int32_t data2[3000];

static void swap(int32_t *a, int32_t *b) { int32_t t = *a; *a = *b; *b = t; }

static void quicksort_lomuto(int32_t *a, int lo, int hi) {
    if (lo >= hi) return;
    int32_t pivot = a[(lo + hi) / 2];
    swap(&a[(lo + hi) / 2], &a[hi]);
    int i = lo;
    for (int j = lo; j < hi; j++)
        if (a[j] < pivot) swap(&a[i++], &a[j]);
    swap(&a[i], &a[hi]);
    quicksort_lomuto(a, lo, i - 1);
    quicksort_lomuto(a, i + 1, hi);
}

static void quicksort_hoare(int32_t *a, int lo, int hi) {
    while (lo < hi) {
        int32_t pivot = a[lo + (hi - lo) / 2];
        int i = lo - 1, j = hi + 1;
        for (;;) {
            do i++; while (a[i] < pivot);
            do j--; while (a[j] > pivot);
            if (i >= j) break;
            swap(&a[i], &a[j]);
        }
        /* recurse on the smaller half, loop on the larger */
        if (j - lo < hi - j) { quicksort_hoare(a, lo, j); lo = j + 1; }
        else { quicksort_hoare(a, j + 1, hi); hi = j; }
    }
}

long long checksum(void) {
    uint32_t s = g_seed;
    const int n = 3000;
    for (int i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        data[i] = (int32_t)(s >> 8) - (1 << 23);
        data2[i] = (int32_t)(s % 1000u) - 500;
    }
    quicksort_lomuto(data, 0, n - 1);
    quicksort_hoare(data2, 0, n - 1);
    uint64_t h = 1469598103934665603ull;
    int sorted = 1;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (data[i - 1] > data[i] || data2[i - 1] > data2[i])) sorted = 0;
        h = (h ^ (uint32_t)data[i]) * 1099511628211ull;
        h = (h ^ (uint32_t)data2[i]) * 1099511628211ull;
    }
    return (long long)(h + (uint64_t)sorted);
}
