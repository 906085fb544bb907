/* Q16.16 fixed-point arithmetic: multiply, divide, square root by Newton, sine by a Taylor series,
   and a fixed-point IIR low-pass filter. */
#include <stdint.h>

int32_t g_input = 3 << 16;

typedef int32_t fix16;
#define FIX_ONE 65536

static fix16 fix_mul(fix16 a, fix16 b) { return (fix16)(((int64_t)a * b) >> 16); }
static fix16 fix_div(fix16 a, fix16 b) { return (fix16)(((int64_t)a * FIX_ONE) / b); }

static fix16 fix_sqrt(fix16 x) {
    if (x <= 0) return 0;
    fix16 r = x > FIX_ONE ? x / 2 : FIX_ONE;
    for (int i = 0; i < 20; i++) {
        fix16 next = (r + fix_div(x, r)) / 2;
        if (next == r) break;
        r = next;
    }
    return r;
}

static fix16 fix_sin(fix16 x) {
    /* x in [-pi, pi]: x - x^3/6 + x^5/120 - x^7/5040 */
    fix16 x2 = fix_mul(x, x);
    fix16 term = x, sum = x;
    static const int32_t divisors[] = {6, 20, 42};
    for (int i = 0; i < 3; i++) {
        term = -fix_mul(term, x2) / divisors[i];
        sum += term;
    }
    return sum;
}

long long checksum(void) {
    fix16 in = g_input;
    int64_t h = 0;
    for (int i = 1; i <= 400; i++) {
        fix16 a = in + i * 977;
        fix16 b = (fix16)(i * 1311) - 5 * FIX_ONE;
        h = h * 3 % 1000000000039LL + fix_mul(a, b);
        if (b != 0) h += fix_div(a, b);
        h += fix_sqrt(a);
        h ^= fix_sin((fix16)((i % 400) * 1029 - 205887));
    }
    /* one-pole low-pass filter on a square wave */
    fix16 y = 0, alpha = FIX_ONE / 8;
    for (int i = 0; i < 2000; i++) {
        fix16 x = (i / 50) % 2 ? in : -in;
        y += fix_mul(alpha, x - y);
        h += y;
    }
    return h;
}
