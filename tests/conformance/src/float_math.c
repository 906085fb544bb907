/* libm functions beyond the elementary kernels: pow/powf, fabs, floor/ceil, fmod, fmin/fmax,
   tan/tanh/log/exp in both precisions, plus float<->int conversions. Double transcendental results
   are quantized to 1e-4; float ones are checked against the double function with a tolerance far
   above a few ulp (engines may use their own libm), and the count within tolerance is mixed in. */
#include <stdint.h>
#include <math.h>

double g_start = -3.3;

static long long q4(double v) { return (long long)floor(v * 1e4 + 0.5); }

/* 1 if a float result is within 1e-5 (relative, or absolute near zero) of the reference. */
static int near_f(float got, double want) { return fabs((double)got - want) <= 1e-5 * fmax(1.0, fabs(want)); }

long long checksum(void) {
    double x = g_start;
    uint64_t h = 0, near = 0;
    for (int i = 0; i < 600; i++, x += 0.011) {
        float xf = (float)x;
        /* exactly rounded: fabs floor ceil fmod fmin fmax sqrt and conversions */
        h = h * 31 + (uint64_t)(int64_t)(floor(x * 100.0) + ceil(x * 10.0) * 1000.0);
        h = h * 31 + (uint64_t)(int64_t)(floorf(xf * 100.0f) - ceilf(xf * 3.0f));
        h = h * 31 + (uint64_t)(int64_t)(fabs(x) * 1e6) + (uint64_t)(int64_t)(fabsf(xf) * 1e3f);
        h = h * 31 + (uint64_t)(int64_t)(fmod(x * 7.0, 1.3) * 1e9);
        h = h * 31 + (uint64_t)(int64_t)(fmodf(xf, 0.7f) * 1e6f);
        h = h * 31 + (uint64_t)(int64_t)((fmin(x, 0.5) + fmax(x, -0.5)) * 1e9);
        h = h * 31 + (uint64_t)(int64_t)((fminf(xf, 1.0f) - fmaxf(xf, -1.0f)) * 1e6f);
        h = h * 31 + (uint64_t)(uint32_t)(int32_t)(x * 1e5) + (uint64_t)(uint8_t)(unsigned)(fabs(x) * 50.0);
        /* double transcendental: quantized */
        double xd = xf;   /* the float input, exactly, for the double reference */
        h += (uint64_t)q4(pow(fabs(x) + 0.1, 1.7)) + (uint64_t)q4(tanh(x));
        if (fabs(cos(x)) > 0.1) h += (uint64_t)q4(tan(x));
        h += (uint64_t)q4(log(fabs(x) + 1e-3)) + (uint64_t)q4(exp(x)) + (uint64_t)q4(sin(x) * cos(x));
        /* float transcendental: within tolerance of the double function */
        near += (uint64_t)near_f(powf(fabsf(xf) + 0.5f, -0.3f), pow(fabs(xd) + 0.5, -0.3));
        near += (uint64_t)near_f(tanhf(xf * 0.5f), tanh(xd * 0.5));
        near += (uint64_t)near_f(tanf(xf * 0.3f), tan((double)(xf * 0.3f)));
        near += (uint64_t)near_f(logf(xf * xf + 1.0f), log((double)(xf * xf + 1.0f)));
        near += (uint64_t)near_f(expf(-xf), exp(-xd));
        near += (uint64_t)near_f(sinf(xf) + cosf(xf), sin(xd) + cos(xd));
    }
    return (long long)(h * 10000 + near);
}
