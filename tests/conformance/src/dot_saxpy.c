/* BLAS level-1 kernels in float and double: dot product, saxpy/daxpy, scaling, norms (sqrt) and
   a Kahan-compensated sum. Only correctly-rounded operations, so the exact bits are mixed in. */
#include <stdint.h>
#include <string.h>
#include <math.h>

float g_alpha = 1.25f;

static float xs[1024], ys[1024];
static double xd[1024], yd[1024];

static float sdot(const float *x, const float *y, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}
static void saxpy(float a, const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
static double ddot(const double *x, const double *y, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}
static void daxpy(double a, const double *x, double *y, int n) { for (int i = 0; i < n; i++) y[i] += a * x[i]; }
static double kahan_sum(const double *x, int n) {
    double sum = 0.0, c = 0.0;
    for (int i = 0; i < n; i++) {
        double y = x[i] - c, t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    return sum;
}
static uint64_t bits_d(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t bits_f(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

long long checksum(void) {
    uint32_t s = 1;
    for (int i = 0; i < 1024; i++) {
        s = s * 1664525u + 1013904223u;
        xs[i] = (float)(s >> 8) / 16777216.0f - 0.5f;
        ys[i] = (float)(i % 17) * 0.125f - 1.0f;
        xd[i] = (double)(int32_t)s / 2147483648.0;
        yd[i] = 1.0 / (double)(i + 1);
    }
    uint64_t h = 0;
    float a = g_alpha;
    for (int r = 0; r < 10; r++) {
        saxpy(a, xs, ys, 1024);
        float d = sdot(xs, ys, 1024);
        h = h * 31 + bits_f(d);
        daxpy((double)a * 0.5, xd, yd, 1024);
        h = h * 31 + bits_d(ddot(xd, yd, 1024));
        h ^= bits_d(sqrt(ddot(yd, yd, 1024))) + bits_f(sqrtf(sdot(ys, ys, 1024)));
        a = -a * 0.75f;
    }
    h += bits_d(kahan_sum(yd, 1024));
    return (long long)h;
}
