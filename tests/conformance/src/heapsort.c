/* Heap sort with sift-down, plus a binary min-heap priority queue used to merge runs. */
#include <stdint.h>

uint32_t g_seed = 99u;

static uint32_t arr[2500];
static uint32_t heap[512];
static int heap_size;

static void sift_down(uint32_t *a, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, swap = root;
        if (a[swap] < a[child]) swap = child;
        if (child + 1 <= end && a[swap] < a[child + 1]) swap = child + 1;
        if (swap == root) return;
        uint32_t t = a[root]; a[root] = a[swap]; a[swap] = t;
        root = swap;
    }
}

static void heap_sort(uint32_t *a, int n) {
    for (int start = (n - 2) / 2; start >= 0; start--) sift_down(a, start, n - 1);
    for (int end = n - 1; end > 0; end--) {
        uint32_t t = a[end]; a[end] = a[0]; a[0] = t;
        sift_down(a, 0, end - 1);
    }
}

static void pq_push(uint32_t v) {
    int i = heap_size++;
    heap[i] = v;
    while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
        uint32_t t = heap[i]; heap[i] = heap[(i - 1) / 2]; heap[(i - 1) / 2] = t;
        i = (i - 1) / 2;
    }
}

static uint32_t pq_pop(void) {
    uint32_t top = heap[0];
    heap[0] = heap[--heap_size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap_size && heap[l] < heap[m]) m = l;
        if (r < heap_size && heap[r] < heap[m]) m = r;
        if (m == i) break;
        uint32_t t = heap[i]; heap[i] = heap[m]; heap[m] = t;
        i = m;
    }
    return top;
}

long long checksum(void) {
    uint32_t s = g_seed;
    for (int i = 0; i < 2500; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; arr[i] = s; }
    heap_sort(arr, 2500);
    uint64_t h = 0;
    for (int i = 0; i < 2500; i++) h = h * 1000003u + arr[i] + (i > 0 && arr[i - 1] > arr[i] ? 77u : 0u);
    heap_size = 0;
    for (int i = 0; i < 500; i++) pq_push((arr[(i * 37) % 2500] >> 4) ^ (uint32_t)i);
    uint32_t prev = 0;
    while (heap_size > 0) {
        uint32_t v = pq_pop();
        h = (h << 5) + (h >> 59) + v + (v < prev ? 1000u : 0u);
        prev = v;
    }
    return (long long)h;
}
