/* PENDING (not in src/ yet): clang-16 -O2 -march=x86-64-v3 vectorizes the conditional store in
   clamp_negative with @llvm.masked.store.v8i32.p0, which PyIR's parser rejects ("unsupported
   intrinsic"). The other loops are candidates for masked.load / gather with other cost models.
   Move this file to src/ and run generate.sh once the masked intrinsics are supported. */
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
    return (long long)h;
}
