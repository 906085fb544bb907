/* Insertion sort, binary insertion sort and shell sort on 16-bit values; counts comparisons. */
#include <stdint.h>

uint16_t g_seed = 4242;

static int16_t a1[600], a2[600], a3[600];
static uint64_t comparisons;

static void insertion_sort(int16_t *a, int n) {
    for (int i = 1; i < n; i++) {
        int16_t key = a[i];
        int j = i - 1;
        while (j >= 0 && (comparisons++, a[j] > key)) { a[j + 1] = a[j]; j--; }
        a[j + 1] = key;
    }
}

static void binary_insertion_sort(int16_t *a, int n) {
    for (int i = 1; i < n; i++) {
        int16_t key = a[i];
        int lo = 0, hi = i;
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            comparisons++;
            if (a[mid] <= key) lo = mid + 1; else hi = mid;
        }
        for (int j = i; j > lo; j--) a[j] = a[j - 1];
        a[lo] = key;
    }
}

static void shell_sort(int16_t *a, int n) {
    static const int gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    for (int g = 0; g < 8; g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) {
            int16_t t = a[i];
            int j = i;
            for (; j >= gap && (comparisons++, a[j - gap] > t); j -= gap) a[j] = a[j - gap];
            a[j] = t;
        }
    }
}

long long checksum(void) {
    uint16_t s = g_seed;
    for (int i = 0; i < 600; i++) {
        s = (uint16_t)(s * 25173u + 13849u);
        a1[i] = a2[i] = a3[i] = (int16_t)s;
    }
    comparisons = 0;
    insertion_sort(a1, 600);
    binary_insertion_sort(a2, 600);
    shell_sort(a3, 600);
    long long h = (long long)comparisons;
    for (int i = 0; i < 600; i++) {
        h = h * 33 + a1[i];
        if (a1[i] != a2[i] || a2[i] != a3[i]) h += 1000000007;
        h %= 1000000000039LL;
    }
    return h;
}
