/* Overflow-checked arithmetic with __builtin_add/sub/mul_overflow at several widths (saturating
   and wrapping fallbacks), and an integer switch that clang turns into a lookup table. */
#include <stdint.h>

int64_t g_seed = 0x7FFFFFF0;

static int32_t sat_add32(int32_t a, int32_t b) {
    int32_t r;
    if (__builtin_add_overflow(a, b, &r)) return a > 0 ? INT32_MAX : INT32_MIN;
    return r;
}

static int64_t sat_mul64(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) return (a < 0) != (b < 0) ? INT64_MIN : INT64_MAX;
    return r;
}

static uint16_t sub_or_zero16(uint16_t a, uint16_t b) {
    uint16_t r;
    return __builtin_sub_overflow(a, b, &r) ? 0 : r;
}

static int mul_overflows_u32(uint32_t a, uint32_t b) { uint32_t r; return __builtin_mul_overflow(a, b, &r); }

static int weight(int k) {
    switch (k) {
    case 0: return 17; case 1: return -3; case 2: return 101; case 3: return 7;
    case 4: return 0; case 5: return 55; case 6: return -90; case 7: return 12;
    case 8: return 31; case 9: return 4; default: return 1;
    }
}

long long checksum(void) {
    int64_t x = g_seed;
    uint64_t h = 0;
    for (int i = 0; i < 2000; i++) {
        x = (int64_t)((uint64_t)x * 6364136223846793005ull + 1442695040888963407ull);
        int32_t a = (int32_t)x, b = (int32_t)(x >> 32);
        h = h * 31 + (uint32_t)sat_add32(a, b);
        h = h * 31 + (uint64_t)sat_mul64(x >> (i % 40), (int64_t)b);
        h = h * 31 + sub_or_zero16((uint16_t)a, (uint16_t)b);
        h += (uint64_t)mul_overflows_u32((uint32_t)a >> (i % 20), (uint32_t)b >> (i % 23));
        h = h * 3 + (uint64_t)(int64_t)weight((int)((uint64_t)x % 12u));
    }
    return (long long)h;
}
