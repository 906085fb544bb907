/* Polynomial evaluation with Horner's rule and Estrin's scheme, compared against exp/expf/sinf.
   Double transcendental results are quantized (rounded to 1e-4) before being mixed in; float ones
   (only ~7 digits) are checked against a double reference with a tolerance far above a few ulp,
   and the number within tolerance is mixed in, so engines whose libm differs by a few ulp agree. */
#include <stdint.h>
#include <string.h>
#include <math.h>

double g_step = 0.01;

static const double exp_coeffs[10] = {1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720,
                                      1.0 / 5040, 1.0 / 40320, 1.0 / 362880};

static double horner(const double *c, int n, double x) {
    double r = c[n - 1];
    for (int i = n - 2; i >= 0; i--) r = r * x + c[i];
    return r;
}

static float horner_f(const float *c, int n, float x) {
    float r = c[n - 1];
    for (int i = n - 2; i >= 0; i--) r = r * x + c[i];
    return r;
}

static double estrin8(const double *c, double x) {
    double x2 = x * x, x4 = x2 * x2;
    double p01 = c[0] + c[1] * x, p23 = c[2] + c[3] * x, p45 = c[4] + c[5] * x, p67 = c[6] + c[7] * x;
    return (p01 + p23 * x2) + (p45 + p67 * x2) * x4;
}

static long long quantize(double v) { return (long long)floor(v * 1e4 + 0.5); }

/* 1 if a float result is within 1e-5 (relative, or absolute near zero) of the reference. */
static int near_f(float got, double want) { return fabs((double)got - want) <= 1e-5 * fmax(1.0, fabs(want)); }

long long checksum(void) {
    double step = g_step;
    float sin_coeffs[8] = {0, 1, 0, -1.0f / 6, 0, 1.0f / 120, 0, -1.0f / 5040};
    uint64_t h = 0, near = 0;
    for (int i = -200; i <= 200; i++) {
        double x = i * step;
        double p = horner(exp_coeffs, 10, x);
        double e = estrin8(exp_coeffs, x);
        uint64_t pb, eb;
        memcpy(&pb, &p, 8); memcpy(&eb, &e, 8);
        h = h * 31 + pb + eb * 3;                   /* exact: only + and * */
        h += (uint64_t)quantize(exp(x) - p);        /* transcendental: quantized */
        near += (uint64_t)near_f(expf((float)x), exp((double)(float)x));
        float s = horner_f(sin_coeffs, 8, (float)x);
        uint32_t sb;
        memcpy(&sb, &s, 4);
        h ^= sb;
        near += (uint64_t)near_f(sinf((float)x), sin((double)(float)x));
        near += (uint64_t)near_f(s, sin((double)(float)x));     /* the degree-7 polynomial is close too */
        h += (uint64_t)quantize(cos(x) * 7.0);
    }
    return (long long)(h * 1000 + near);
}
