// Accuracy harness for PyIR's math library, run natively (see accuracy.sh). Compiles mathlib.c
// directly and measures, per routine, the largest error in ulps against glibc references that are
// more precise than the routine: double routines against the long double libm, float routines
// against the double libm. Special inputs (NaN, +-0, +-inf, +-1, denormals, huge values) must give
// bit-identical results to glibc (any NaN matches any NaN), since C99 fixes them.
//
// Built with clang (accuracy.sh), it also checks that every vector routine equals the scalar one
// lane by lane, bit for bit.
//
// Usage: accuracy [samples-per-range]   (default 200000)
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mathlib.c"

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint64_t next_u64(void)
{
    rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17;
    return rng_state;
}
static double uniform01(void) { return (next_u64() >> 11) * 0x1p-53; }
static double uniform(double lo, double hi) { return lo + (hi - lo) * uniform01(); }
// |x| log-uniform in [2^e1, 2^e2], random sign if signed.
static double log_uniform(int e1, int e2, int is_signed)
{
    double v = exp2l(uniform(e1, e2)) * (1.0 + 0x1p-30 * (double)(next_u64() & 0xff));
    v = double_of(bits_of(v) ^ (next_u64() & 0xfffff));   // scramble low bits
    return (is_signed && (next_u64() & 1)) ? -v : v;
}

static long double ulp_of_double(long double ref)
{
    long double a = fabsl(ref);
    if (a < 0x1p-1022L) return 0x1p-1074L;
    int e;
    frexpl(a, &e);
    return ldexpl(1.0L, e - 53);
}
static double ulp_of_float(double ref)
{
    double a = fabs(ref);
    if (a < 0x1p-126) return 0x1p-149;
    int e;
    frexp(a, &e);
    return ldexp(1.0, e - 24);
}

// Error in ulps of a double result against a long double reference; 0 when both are the same
// special value, 1e9 on a mismatch of class (NaN vs number, inf vs finite).
static double err_double(double got, long double ref)
{
    if (isnan(got) || isnan(ref)) return (isnan(got) && isnan(ref)) ? 0 : 1e9;
    long double r = ref;
    if (isinf(got) || fabsl(r) > 0x1.fffffffffffffp1023L) {
        // reference beyond the double range: +-inf is right; DBL_MAX is within 1 ulp
        if (isinf(got) && fabsl(r) >= 0x1.fffffffffffff8p1023L && !signbit(got) == !signbit((double)r)) return 0;
        if (!isinf(got) && fabs(got) == 0x1.fffffffffffffp1023 && fabsl(r) < 0x1p1024L) return 1;
        return isinf(got) && isinf((double)r) && !signbit(got) == !signbit((double)r) ? 0 : 1e9;
    }
    return (double)(fabsl((long double)got - r) / ulp_of_double(r));
}
static double err_float(float got, double ref)
{
    if (isnan(got) || isnan(ref)) return (isnan(got) && isnan(ref)) ? 0 : 1e9;
    if (isinf(got) || fabs(ref) > 0x1.fffffep127) {
        if (isinf(got) && fabs(ref) >= 0x1.ffffffp127 && !signbit(got) == !signbit(ref)) return 0;
        if (!isinf(got) && fabsf(got) == 0x1.fffffep127f && fabs(ref) < 0x1p128) return 1;
        return isinf(got) && isinf(ref) && !signbit(got) == !signbit(ref) ? 0 : 1e9;
    }
    return fabs((double)got - ref) / ulp_of_float(ref);
}

typedef struct { double lo, hi; int log_e1, log_e2, is_log, is_signed; } range_t;
// Near multiples of pi/2 (hardest case for the trigonometric argument reduction): k pi/2 rounded to
// double for random k < 2^hi, moved by a few ulps; is_log == 2 selects this generator.
static double near_pio2_multiple(int bits)
{
    double k = (double)(next_u64() >> (64 - bits)) + 1.0;
    double x = k * 1.5707963267948966;
    int64_t ulps = (int64_t)(next_u64() % 9) - 4;
    return double_of(bits_of(x) + ulps);
}
#define U(a, b) { a, b, 0, 0, 0, 0 }
#define L(e1, e2, s) { 0, 0, e1, e2, 1, s }
#define NEAR_PIO2(bits) { 0, 0, bits, 0, 2, 0 }
static double draw(const range_t *r)
{
    if (r->is_log == 2) return near_pio2_multiple(r->log_e1);
    return r->is_log ? log_uniform(r->log_e1, r->log_e2, r->is_signed) : uniform(r->lo, r->hi);
}

typedef struct {
    const char *name;
    double (*f)(double);
    long double (*ref)(long double);
    float (*ff)(float);
    double (*reff)(double);
    double (*libc)(double);
    range_t ranges[5];
    int nranges;
} unary_t;

static long double exp10l_(long double x) { return powl(10.0L, x); }
static double exp10_(double x) { return pow(10.0, x); }

static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 0x1p-1074, -0x1p-1074, 0x1p-1022,
    -0x1p-1022, 0x1.fffffffffffffp1023, -0x1.fffffffffffffp1023, 1e300, 0x1.6ac5b262ca1ffp+849, 0x1.921fb54442d18p+0, 0x1.921fb54442d18p+19, -1e300, 1e-300, 710.0, -746.0,
    709.78, -745.1, 1e22, -1e22, 0x1p1000, 1e9, 3.14159265358979, 1.5707963267948966,
};

static int nfail = 0;
static void check_special_unary(const unary_t *t)
{
    double sp[64];
    int n = 0;
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) sp[n++] = specials[i];
    sp[n++] = INFINITY; sp[n++] = -INFINITY; sp[n++] = NAN; sp[n++] = -NAN;
    for (int i = 0; i < n; i++) {
        double x = sp[i], got = t->f(x), want = t->libc(x);
        int exact_needed = isnan(want) || isinf(want) || want == 0.0 || isnan(x) || isinf(x) || x == 0.0;
        int ok = exact_needed ? ((isnan(got) && isnan(want)) || bits_of(got) == bits_of(want))
                              : err_double(got, t->ref(x)) <= 4.0;
        if (!ok) { printf("  SPECIAL %s(%a) = %a, glibc %a\n", t->name, x, got, want); nfail++; }
        // The float routine on the same input as a float: where the double result is exact (0,
        // inf, NaN), the float one is that value rounded (signed zeros included).
        float xf = (float)x, gotf = t->ff(xf);
        double wantd = t->libc((double)xf);
        float wantf = (float)wantd;
        int exact_f = isnan(wantd) || isinf(wantd) || wantd == 0.0 || isnan(xf) || isinf(xf) || xf == 0.0f;
        if (exact_f && !((isnan(gotf) && isnan(wantf)) || memcmp(&gotf, &wantf, sizeof gotf) == 0)) {
            printf("  SPECIAL %sf(%a) = %a, glibc %a\n", t->name, (double)xf, (double)gotf, (double)wantf);
            nfail++;
        }
    }
}

static void run_unary(const unary_t *t, int samples)
{
    double worst = 0, worst_x = 0, worstf = 0;
    float worstf_x = 0;
    long count = 0;
    for (int r = 0; r < t->nranges; r++) {
        for (int i = 0; i < samples; i++) {
            double x = draw(&t->ranges[r]);
            double e = err_double(t->f(x), t->ref(x));
            if (e > worst) { worst = e; worst_x = x; }
            float xf = (float)x;
            double ef = err_float(t->ff(xf), t->reff(xf));
            if (ef > worstf) { worstf = ef; worstf_x = xf; }
            count++;
        }
    }
    printf("%-8s double max %.3f ulp at %a | float max %.3f ulp at %a | %ld inputs\n",
        t->name, worst, worst_x, worstf, (double)worstf_x, count);
    check_special_unary(t);
}

typedef struct {
    const char *name;
    double (*f)(double, double);
    long double (*ref)(long double, long double);
    float (*ff)(float, float);
    double (*reff)(double, double);
} binary_t;

static void pow_inputs(double *x, double *y)
{
    switch (next_u64() % 4) {
    case 0: *x = log_uniform(-1074, 1023, 0); *y = uniform(-700, 700) / log(*x); break;
    case 1: *x = uniform(0.5, 2); *y = uniform(-2000, 2000); break;
    case 2: *x = -log_uniform(-20, 20, 0); *y = (double)((int64_t)(next_u64() % 81) - 40); break;
    default: *x = log_uniform(-30, 30, 0); *y = uniform(-20, 20); break;
    }
}

static void run_binary(const binary_t *t, int samples, int kind)
{
    double worst = 0, wx = 0, wy = 0, worstf = 0, wfx = 0, wfy = 0;
    for (int i = 0; i < samples * 2; i++) {
        double x, y;
        if (kind == 0) pow_inputs(&x, &y);
        else if (kind == 1) { x = log_uniform(-1074, 1023, 1); y = log_uniform(-1074, 1023, 1); }
        else { x = log_uniform(-60, 60, 1); y = log_uniform(-60, 60, 1); }
        double e = err_double(t->f(x, y), t->ref(x, y));
        if (e > worst) { worst = e; wx = x; wy = y; }
        float xf = (float)x, yf = (float)y;
        if (kind == 0 && (next_u64() & 1)) { xf = (float)uniform(0.5, 2); yf = (float)uniform(-100, 100); }
        double ef = err_float(t->ff(xf, yf), t->reff(xf, yf));
        if (ef > worstf) { worstf = ef; wfx = xf; wfy = yf; }
    }
    printf("%-8s double max %.3f ulp at (%a, %a) | float max %.3f ulp at (%a, %a) | %d inputs\n",
        t->name, worst, wx, wy, worstf, wfx, wfy, samples * 2);
    double sp[64];
    int n = 0;
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) sp[n++] = specials[i];
    sp[n++] = INFINITY; sp[n++] = -INFINITY; sp[n++] = NAN; sp[n++] = 0.25; sp[n++] = 1.0 / 3.0;
    sp[n++] = -8.0; sp[n++] = 4.5; sp[n++] = -4.5;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double x = sp[i], y = sp[j], got = t->f(x, y);
            double want = (double)t->ref(x, y);
            int exact_needed = isnan(want) || isinf(want) || want == 0.0 || isnan(x) || isinf(x) || x == 0.0
                || isnan(y) || isinf(y) || y == 0.0;
            int ok = exact_needed ? ((isnan(got) && isnan(want)) || bits_of(got) == bits_of(want))
                                  : err_double(got, t->ref(x, y)) <= 4.0;
            if (!ok) { printf("  SPECIAL %s(%a, %a) = %a, glibc %a\n", t->name, x, y, got, want); nfail++; }
        }
}

#ifdef __clang__
// Vector routines must equal the scalar routine lane by lane, bit for bit (NaNs: any NaN).
static double pick_input(void)
{
    static const double extra[] = { NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e300, -1e300, 5e-324, 1e22, 0x1p19,
        -0x1p19, 709.9, -745.5, 22.0, -40.5, 1.0, -1.0, -8.0, 0.5 };
    switch (next_u64() % 4) {
    case 0: return extra[next_u64() % (sizeof extra / sizeof extra[0])];
    case 1: return log_uniform(-1074, 1024, 1);
    default: return uniform(-30, 30);
    }
}
static int same_bits(double a, double b) { return (isnan(a) && isnan(b)) || bits_of(a) == bits_of(b); }
#define CHECK_VEC1(name)                                                                          \
    for (int it = 0; it < samples; it++) {                                                        \
        v4d x; v8f xf;                                                                            \
        for (int i = 0; i < 4; i++) x[i] = pick_input();                                          \
        for (int i = 0; i < 8; i++) xf[i] = (float)pick_input();                                  \
        v4d r = name##_v4(x); v8f rf = name##f_v8(xf);                                            \
        for (int i = 0; i < 4; i++) if (!same_bits(r[i], name(x[i]))) { vec_fail++; if (vec_fail < 10) printf("  VECTOR %s lane %a\n", #name, x[i]); } \
        for (int i = 0; i < 8; i++) if (!same_bits(rf[i], name##f(xf[i]))) { vec_fail++; if (vec_fail < 10) printf("  VECTOR %sf lane %a\n", #name, (double)xf[i]); } \
    }
static int check_vectors(int samples)
{
    int vec_fail = 0;
    CHECK_VEC1(pyir_exp) CHECK_VEC1(pyir_exp2) CHECK_VEC1(pyir_log) CHECK_VEC1(pyir_log2)
    CHECK_VEC1(pyir_sin) CHECK_VEC1(pyir_cos) CHECK_VEC1(pyir_tanh)
    for (int it = 0; it < samples; it++) {
        v4d x, y; v8f xf, yf;
        for (int i = 0; i < 4; i++) { x[i] = pick_input(); y[i] = pick_input(); }
        for (int i = 0; i < 8; i++) { xf[i] = (float)pick_input(); yf[i] = (float)pick_input(); }
        v4d r = pyir_pow_v4(x, y); v8f rf = pyir_powf_v8(xf, yf);
        for (int i = 0; i < 4; i++) if (!same_bits(r[i], pyir_pow(x[i], y[i]))) vec_fail++;
        for (int i = 0; i < 8; i++) if (!same_bits(rf[i], pyir_powf(xf[i], yf[i]))) vec_fail++;
    }
    printf("vector routines vs scalar: %d lane mismatches (%d calls per routine and width)\n", vec_fail, samples);
    return vec_fail;
}
#endif

int main(int argc, char **argv)
{
    int samples = argc > 1 ? atoi(argv[1]) : 200000;
    unary_t unary[] = {
        { "exp", pyir_exp, expl, pyir_expf, exp, exp, { U(-745.2, 709.8), U(-1, 1), L(-60, 0, 1) }, 3 },
        { "exp2", pyir_exp2, exp2l, pyir_exp2f, exp2, exp2, { U(-1075, 1024), U(-1, 1), L(-60, 0, 1) }, 3 },
        { "exp10", pyir_exp10, exp10l_, pyir_exp10f, exp10_, exp10_, { U(-324, 308.3), U(-1, 1), L(-60, 0, 1) }, 3 },
        { "expm1", pyir_expm1, expm1l, pyir_expm1f, expm1, expm1, { U(-40, 709.7), U(-1, 1), L(-80, 0, 1) }, 3 },
        { "log", pyir_log, logl, pyir_logf, log, log, { L(-1074, 1024, 0), U(0.5, 2), U(0.99, 1.01) }, 3 },
        { "log2", pyir_log2, log2l, pyir_log2f, log2, log2, { L(-1074, 1024, 0), U(0.5, 2), U(0.99, 1.01) }, 3 },
        { "log10", pyir_log10, log10l, pyir_log10f, log10, log10, { L(-1074, 1024, 0), U(0.5, 2), U(0.99, 1.01) }, 3 },
        { "log1p", pyir_log1p, log1pl, pyir_log1pf, log1p, log1p, { L(-1074, 1024, 0), U(-1, 1), L(-60, -1, 1) }, 3 },
        { "sin", pyir_sin, sinl, pyir_sinf, sin, sin, { U(-10, 10), L(-30, 19, 1), L(19, 1024, 1), U(-1e6, 1e6), NEAR_PIO2(30) }, 5 },
        { "cos", pyir_cos, cosl, pyir_cosf, cos, cos, { U(-10, 10), L(-30, 19, 1), L(19, 1024, 1), U(-1e6, 1e6), NEAR_PIO2(30) }, 5 },
        { "tan", pyir_tan, tanl, pyir_tanf, tan, tan, { U(-10, 10), L(-30, 19, 1), L(19, 1024, 1), U(-1e6, 1e6), NEAR_PIO2(30) }, 5 },
        { "sinh", pyir_sinh, sinhl, pyir_sinhf, sinh, sinh, { U(-710, 710), U(-2, 2), L(-60, 0, 1) }, 3 },
        { "cosh", pyir_cosh, coshl, pyir_coshf, cosh, cosh, { U(-710, 710), U(-2, 2), L(-60, 0, 1) }, 3 },
        { "tanh", pyir_tanh, tanhl, pyir_tanhf, tanh, tanh, { U(-25, 25), U(-2, 2), L(-60, 0, 1) }, 3 },
        { "asin", pyir_asin, asinl, pyir_asinf, asin, asin, { U(-1, 1), L(-60, 0, 1), U(0.99, 1) }, 3 },
        { "acos", pyir_acos, acosl, pyir_acosf, acos, acos, { U(-1, 1), L(-60, 0, 1), U(0.99, 1) }, 3 },
        { "atan", pyir_atan, atanl, pyir_atanf, atan, atan, { U(-10, 10), L(-1074, 1024, 1), U(-1, 1) }, 3 },
        { "cbrt", pyir_cbrt, cbrtl, pyir_cbrtf, cbrt, cbrt, { L(-1074, 1024, 1), U(-10, 10) }, 2 },
    };
    for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) run_unary(&unary[i], samples);
    binary_t pow_t = { "pow", pyir_pow, powl, pyir_powf, pow };
    binary_t atan2_t = { "atan2", pyir_atan2, atan2l, pyir_atan2f, atan2 };
    binary_t hypot_t = { "hypot", pyir_hypot, hypotl, pyir_hypotf, hypot };
    binary_t fmod_t = { "fmod", pyir_fmod, fmodl, pyir_fmodf, fmod };
    run_binary(&pow_t, samples, 0);
    run_binary(&atan2_t, samples, 2);
    run_binary(&hypot_t, samples, 1);
    run_binary(&fmod_t, samples, 1);
    printf("%d special-value mismatches\n", nfail);
#ifdef __clang__
    nfail += check_vectors(samples);
#endif
    return nfail != 0;
}
