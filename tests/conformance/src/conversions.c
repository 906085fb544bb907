/* Integer <-> floating-point conversions at every width: signed and unsigned, including uint64
   values above 2^63 and doubles that round on the way to float, truncation toward zero of
   negative values, and float <-> double. All conversions stay within defined ranges. */
#include <stdint.h>
#include <string.h>

uint64_t g_seed = 0xFEDCBA9876543210ull;

static uint64_t bits_d(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t bits_f(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

long long checksum(void) {
    uint64_t x = g_seed, h = 0;
    for (int i = 0; i < 3000; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        int64_t sx = (int64_t)x;
        /* int -> float/double, every width and signedness */
        h = h * 31 + bits_d((double)x) + bits_d((double)sx);
        h = h * 31 + bits_f((float)x) + bits_f((float)sx);
        h = h * 31 + bits_d((double)(uint32_t)x) + bits_f((float)(int32_t)x);
        h = h * 31 + bits_f((float)(uint16_t)x) + bits_f((float)(int16_t)x);
        h = h * 31 + bits_d((double)(uint8_t)x) + bits_d((double)(int8_t)x);
        /* float/double -> int, values chosen to be in range */
        double d = (double)sx / 3.0;                       /* |d| < 2^62 */
        h = h * 31 + (uint64_t)(int64_t)d;
        double ud = (double)(x >> 1) * 1.5;                /* up to 1.5 * 2^63 < 2^64 */
        h = h * 31 + (uint64_t)ud;
        float f = (float)(int32_t)x / 7.0f;
        h = h * 31 + (uint64_t)(int64_t)(int32_t)f + (uint64_t)(int64_t)(int16_t)(f / 65536.0f);
        h = h * 31 + (uint32_t)(float)((uint32_t)x >> 1) + (uint64_t)(uint8_t)(float)((uint32_t)x >> 24);
        h = h * 31 + (uint64_t)(int64_t)(int8_t)((double)(int8_t)x * 0.99);
        /* double <-> float */
        float nf = (float)d;
        double back = nf;
        h = h * 31 + bits_f(nf) + bits_d(back) + bits_d((double)(float)(d * 1e-30));
        h = h * 31 + bits_f((float)(ud * 1e-300)) + bits_f((float)(d * 1e-10)); /* underflow to zero; rounding */
    }
    return (long long)h;
}
