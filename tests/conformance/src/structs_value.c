/* Structs passed and returned by value: small (register) structs, mixed int/double structs and
   large structs that go through memory; complex arithmetic on a struct type. */
#include <stdint.h>

typedef struct { int32_t x, y; } Point;
typedef struct { double re, im; } Complex;
typedef struct { float a; int32_t b; float c; } Mixed;
typedef struct { int64_t v[6]; char tag; } Big;

int32_t g_base = 11;

static Point point_add(Point a, Point b) { Point r = {a.x + b.x, a.y + b.y}; return r; }
static Point point_rot(Point p) { Point r = {-p.y, p.x}; return r; }
static Complex cmul(Complex a, Complex b) {
    Complex r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}
static Complex cadd(Complex a, Complex b) { Complex r = {a.re + b.re, a.im + b.im}; return r; }
static Mixed mixed_step(Mixed m, int32_t k) {
    m.a = m.a * 0.5f + (float)k;
    m.b = m.b ^ (k * 2654435761u > 100u ? k : -k);
    m.c = m.c - m.a * 0.25f;
    return m;
}
static Big big_step(Big b, int64_t k) {
    for (int i = 0; i < 6; i++) b.v[i] = b.v[i] * 3 + k + i;
    b.tag = (char)(b.tag + 1);
    return b;
}
static int64_t big_sum(Big b) {
    int64_t s = b.tag;
    for (int i = 0; i < 6; i++) s += b.v[i] % 1000003;
    return s;
}

long long checksum(void) {
    Point p = {g_base, 2 * g_base};
    Complex z = {0.5, -0.25}, c = {-0.7, 0.27015};
    Mixed m = {1.0f, g_base, 2.0f};
    Big big = {{1, 2, 3, 4, 5, 6}, 'a'};
    uint64_t h = 0;
    for (int i = 0; i < 300; i++) {
        Point q = {i, -i};
        p = point_add(point_rot(p), q);
        h = h * 31 + (uint32_t)p.x + ((uint64_t)(uint32_t)p.y << 32);
        z = cadd(cmul(z, z), c);
        if (z.re * z.re + z.im * z.im > 4.0) { z.re = 0.01 * i; z.im = 0.0; }
        m = mixed_step(m, i);
        big = big_step(big, i);
        for (int k = 0; k < 6; k++) big.v[k] %= 1000000007;
        h += (uint64_t)big_sum(big);
    }
    union { double d; uint64_t u; } zr = {z.re}, zi = {z.im};
    union { float f; uint32_t u; } ma = {m.a}, mc = {m.c};
    h ^= zr.u + zi.u * 3;
    h += ma.u + (uint64_t)mc.u * 5 + (uint32_t)m.b;
    return (long long)h;
}
