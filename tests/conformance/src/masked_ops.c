/* Conditional loops over arrays. clang-16 -O2 -march=x86-64-v3 vectorizes the conditional stores
   with @llvm.masked.store (v8i32, v4f64, v4i64) and a conditional sum with @llvm.masked.load:
   only the lanes whose condition holds may touch memory. The other levels keep scalar branches. */
#include <stdint.h>

int32_t g_seed = 9;

static int32_t src[1000], dst[1000], idx[1000];

static void clamp_negative(int32_t *restrict d, const int32_t *restrict s, int n) {
    for (int j = 0; j < n; j++)
        if (s[j] < 0) d[j] = s[j];                 /* masked store */
}

static int64_t sum_selected(const int32_t *restrict s, const int32_t *restrict keep, int n) {
    int64_t total = 0;
    for (int j = 0; j < n; j++)
        if (keep[j] & 1) total += s[j];           /* masked-load candidate */
    return total;
}

static int64_t sum_gathered(const int32_t *restrict s, const int32_t *restrict at, int n) {
    int64_t total = 0;
    for (int j = 0; j < n; j++) total += s[at[j]]; /* gather candidate */
    return total;
}

static void scale_positive(double *restrict d, const double *restrict s, int n) {
    for (int j = 0; j < n; j++)
        if (s[j] > 0.0) d[j] = s[j] * 0.5;        /* masked store of doubles */
}

static void keep_odd(int64_t *restrict d, const int64_t *restrict s, int n) {
    for (int j = 0; j < n; j++)
        if (s[j] & 1) d[j] = s[j] >> 1;           /* masked store of 64-bit lanes */
}

static int64_t sum_where(const int64_t *restrict s, const double *restrict keep, int n) {
    int64_t total = 0;
    for (int j = 0; j < n; j++)
        if (keep[j] > 0.0) total += s[j];         /* masked load of 64-bit lanes */
    return total;
}

static double fsrc[1000], fdst[1000];
static int64_t lsrc[1000], ldst[1000];

long long checksum(void) {
    uint32_t s = (uint32_t)g_seed;
    for (int i = 0; i < 1000; i++) {
        s = s * 1664525u + 1013904223u;
        src[i] = (int32_t)(s >> 12) - (1 << 19);
        dst[i] = i;
        idx[i] = (int32_t)((s >> 3) % 1000u);
    }
    clamp_negative(dst, src, 1000);
    uint64_t h = 0;
    for (int i = 0; i < 1000; i++) h = h * 31 + (uint32_t)dst[i];
    h += (uint64_t)sum_selected(src, idx, 1000);
    h ^= (uint64_t)sum_gathered(src, idx, 1000);
    for (int i = 0; i < 1000; i++) {
        fsrc[i] = (double)(src[i] % 1000) / 8.0;   /* exact in binary */
        fdst[i] = -1.0;
        lsrc[i] = (int64_t)src[i] * 3;
        ldst[i] = i;
    }
    scale_positive(fdst, fsrc, 1000);
    keep_odd(ldst, lsrc, 1000);
    for (int i = 0; i < 1000; i++) h = h * 31 + (uint64_t)(int64_t)(fdst[i] * 16.0) + (uint64_t)ldst[i];
    h += (uint64_t)sum_where(lsrc, fsrc, 1000);
    return (long long)h;
}
