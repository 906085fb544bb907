/* IEEE 754 special values (C Annex F semantics, which clang and gcc implement): infinities from
   overflow, NaN from inf - inf, signed zeros, comparisons that are false with NaN, fmin/fmax that
   ignore NaN, copysign-like sign tests, subnormals and exact rounding of halfway cases. */
#include <stdint.h>
#include <string.h>
#include <math.h>

double g_big = 1e308;
float g_tiny = 1e-38f;

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t bitsf(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

long long checksum(void) {
    double big = g_big, inf = big * 10.0, ninf = -inf, nan = inf - inf;
    float tiny = g_tiny;
    uint64_t h = 0;
    double vals[] = {0.0, -0.0, 1.0, -1.5, big, inf, ninf, nan, 4.9e-324, 2.2250738585072014e-308, 0.1, 3.0};
    const int n = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double a = vals[i], b = vals[j];
            h = h * 3 + (uint64_t)(a < b) + 2u * (a <= b) + 4u * (a == b) + 8u * (a != b) + 16u * (a > b) + 32u * (a >= b);
            h = h * 5 + (uint64_t)(a != a) + 2u * (!(a < b) && !(a >= b));    /* unordered */
            h ^= bits(a + b) + bits(a * b) * 3 + bits(a - b) * 7;
            if (b != 0.0) h += bits(a / b);
            h += bits(fmin(a, b)) + bits(fmax(a, b)) * 5;
            h += bits(fabs(a)) + (uint64_t)(signbit(a) != 0) + bits(sqrt(fabs(a)));
        }
    /* floats: subnormals, overflow to infinity, halfway rounding of conversions */
    float sub = tiny / 1024.0f, over = 3e38f * (tiny * 1e38f) * 2.0f;
    h = h * 31 + bitsf(sub) + bitsf(over) + bitsf(-sub * 0.5f);
    h = h * 31 + bitsf((float)16777217.0) + bitsf((float)16777219.0) + bitsf((float)0.1);
    h = h * 31 + bits((double)(float)nan != (double)(float)nan) + bitsf((float)inf);
    h = h * 31 + bits(floor(-0.5)) + bits(ceil(-0.5)) + bits(floor(nan) != floor(nan));
    return (long long)h;
}
