/* Functions with many arguments: more than 6 integer and more than 8 floating-point parameters,
   so some are passed on the stack; mixed-width and mixed int/float argument lists; a struct
   argument after the registers run out. */
#include <stdint.h>
#include <string.h>

int32_t g_seed = 5;

__attribute__((noinline)) int64_t ints10(int64_t a, int32_t b, int16_t c, int8_t d, uint64_t e, uint32_t f,
                                         uint16_t g, uint8_t h, int64_t i, int32_t j) {
    return a * 3 + b * 5 - c * 7 + d * 11 + (int64_t)(e % 1000u) * 13 + (int64_t)f * 17 - g * 19 + h * 23 - i * 29 + j * 31;
}

__attribute__((noinline)) double doubles12(double a, double b, double c, double d, double e, double f,
                                           double g, double h, double i, double j, double k, double l) {
    return ((((a - b) * c + d) - e * f + g) * h - i + j * k) - l;
}

__attribute__((noinline)) float mixed(int a, float b, int c, double d, int e, float f, int g, double h,
                                      int i, float j, int k, double l, int m, float n, int o, double p,
                                      int q, float r, int s, double t) {
    return (float)(a + c + e + g + i + k + m + o + q + s) * b + f * j - n * r +
           (float)(d * h - l * p + t);
}

typedef struct { int32_t a, b, c, d; } Quad;
__attribute__((noinline)) int64_t after_regs(int64_t r1, int64_t r2, int64_t r3, int64_t r4, int64_t r5,
                                             int64_t r6, Quad q, int64_t r7) {
    return (r1 - r2) * (r3 - r4) + (r5 ^ r6) + q.a * 2 + q.b * 3 + q.c * 5 + q.d * 7 + r7;
}

long long checksum(void) {
    uint64_t h = 0;
    int32_t s = g_seed;
    for (int i = 0; i < 200; i++) {
        int32_t v = s + i;
        h = h * 31 + (uint64_t)ints10(v * 1000LL, -v, (int16_t)(v * 3), (int8_t)(v - 100), (uint64_t)v * 7u,
                                      (uint32_t)v << 3, (uint16_t)(v * 11), (uint8_t)(v + 200), -v * 100000LL, v);
        double d = doubles12(v, 0.5, 1.5, -2.0 * v, 0.25, 3.0, v * 0.125, -1.0, 7.0, 0.5, v, 1e3);
        float f = mixed(v, 0.5f, 2, 1.25, 3, -0.75f, 4, 2.0, 5, 1.5f, 6, v, 7, 0.25f, 8, 0.5, 9, 4.0f, 10, -3.0);
        uint64_t db; uint32_t fb;
        memcpy(&db, &d, 8); memcpy(&fb, &f, 4);
        h ^= db + fb;
        Quad q = {v, -v, v * 2, 3};
        h += (uint64_t)after_regs(1, 2, 3, 4, 5, 6, q, v);
    }
    return (long long)h;
}
