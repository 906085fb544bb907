// PyIR's own math library. PyIR's JIT must not call the C library, so the transcendental functions
// it needs are these routines, compiled by generate.sh into LLVM IR (mathlib.ll) that PyIR parses
// and JIT-compiles itself (and that its interpreter can run too).
//
// Rules for this file: no libm calls and no library calls at all. Only + - * /, fma, sqrt, rint,
// trunc and fabs (clang lowers the __builtin_ forms to LLVM intrinsics), integer operations and
// bit reinterpretation through unions.
//
// Design: the double routines do the work, carrying extra precision as "double-double" (hi + lo)
// where it matters: exp takes hi + lo input, log produces hi + lo, so pow = exp(y * log x) is
// accurate across the range. sin/cos/tan reduce by pi/2 with a 4-piece Cody-Waite for |x| < 2^19
// and an exact Payne-Hanek reduction (bits of 2/pi) above. The float routines compute in double
// and round once, which makes them accurate to about half an ulp. The vector forms (<8 x float>,
// <4 x double>) share branch-free code with the scalar routines (mathlib_generic.h, instantiated
// for double and <4 x double>), so they equal the scalar routine lane by lane; lanes a SIMD path
// does not cover (sin/cos beyond 2^19, pow's special cases) go through the scalar routine.
#include <stdint.h>
#include "mathlib_tables.h"

#define NOINLINE __attribute__((noinline))
#define ALWAYS_INLINE __attribute__((always_inline)) inline
#define ROUTINE __attribute__((visibility("default")))

typedef float v8f __attribute__((vector_size(32)));
typedef double v4d __attribute__((vector_size(32)));

// ---------------------------------------------------------------------------------------------
// Bit helpers

static inline uint64_t bits_of(double x) { union { double d; uint64_t u; } v = { x }; return v.u; }
static inline double double_of(uint64_t u) { union { uint64_t u; double d; } v = { u }; return v.d; }
static inline double fabs_(double x) { return __builtin_fabs(x); }
static inline int is_nan(double x) { return x != x; }
static inline int is_inf(double x) { return fabs_(x) == __builtin_inf(); }
static inline double copysign_(double x, double s) { return __builtin_copysign(x, s); }
// 2^k for -1022 <= k <= 1023.
static inline double pow2i(int k) { return double_of((uint64_t)(k + 1023) << 52); }

// Exact sum: hi + lo == a + b.
static inline void two_sum(double a, double b, double *hi, double *lo)
{
    double s = a + b;
    double bb = s - a;
    *lo = (a - (s - bb)) + (b - bb);
    *hi = s;
}
// Exact sum when |a| >= |b|.
static inline void fast_two_sum(double a, double b, double *hi, double *lo)
{
    double s = a + b;
    *lo = b - (s - a);
    *hi = s;
}

// ---------------------------------------------------------------------------------------------
// Branch-free exp and log, instantiated for double and <4 x double> from mathlib_generic.h.

#define T double
#define M int
#define I int64_t
#define U uint64_t
#define SUF _d
#define FMA(a, b, c) __builtin_fma(a, b, c)
#define RINT(x) __builtin_rint(x)
#define FABS(x) __builtin_fabs(x)
#define SEL(m, a, b) ((m) ? (a) : (b))
#define BITS(x) bits_of(x)
#define FROM_BITS(u) double_of(u)
#define TO_INT(x) ((int64_t)(x))
#define TO_T(i) ((double)(i))
#define SPLAT(c) ((double)(c))
#define GATHER(table, i) ((table)[i])
#include "mathlib_generic.h"
#undef T
#undef M
#undef I
#undef U
#undef SUF
#undef FMA
#undef RINT
#undef FABS
#undef SEL
#undef BITS
#undef FROM_BITS
#undef TO_INT
#undef TO_T
#undef SPLAT
#undef GATHER

#ifdef __clang__
typedef int64_t v4l __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef float v4f __attribute__((vector_size(16)));
typedef __typeof__((v4d){ 0 } < (v4d){ 0 }) v4mask;
static inline v4d sel_v(v4mask m, v4d a, v4d b) { return (v4d)(((v4l)a & (v4l)m) | ((v4l)b & ~(v4l)m)); }
// vfmadd on 4 doubles; clang lowers the builtin to llvm.fma.v4f64
static inline v4d fma_v(v4d a, v4d b, v4d c) { return __builtin_ia32_vfmaddpd256(a, b, c); }
#define T v4d
#define M v4mask
#define I v4l
#define U v4u
#define SUF _v
#define FMA(a, b, c) fma_v(a, b, c)
#define RINT(x) __builtin_elementwise_roundeven(x)
#define FABS(x) __builtin_elementwise_abs(x)
#define SEL(m, a, b) sel_v(m, a, b)
#define BITS(x) ((v4u)(x))
#define FROM_BITS(u) ((v4d)(u))
// Integer <-> double conversions of small integral values (|v| < 2^51) by the 0x1.8p52 trick:
// exact, and plain AVX2 code (packed i64 <-> double conversions need AVX-512).
#define TO_INT(x) ((v4l)((v4u)((x) + 0x1.8p52) - 0x4338000000000000ULL))
#define TO_T(i) ((v4d)((v4u)(i) + 0x4338000000000000ULL) - 0x1.8p52)
#define SPLAT(c) ((v4d){ 0 } + (double)(c))
#define GATHER(table, i) ((v4d){ (table)[(i)[0]], (table)[(i)[1]], (table)[(i)[2]], (table)[(i)[3]] })
#include "mathlib_generic.h"
#undef T
#undef M
#undef I
#undef U
#undef SUF
#undef FMA
#undef RINT
#undef FABS
#undef SEL
#undef BITS
#undef FROM_BITS
#undef TO_INT
#undef TO_T
#undef SPLAT
#undef GATHER
#endif

// ---------------------------------------------------------------------------------------------
// exp

// exp(hi + lo) for |lo| << |hi|; handles overflow to +inf and underflow to denormals/0.
static NOINLINE double exp_dd(double hi, double lo) { return exp_dd_gen_d(hi, lo); }

static ALWAYS_INLINE double exp_body(double x) { return exp_gen_d(x); }
ROUTINE NOINLINE double pyir_exp(double x) { return exp_body(x); }

ROUTINE NOINLINE double pyir_exp2(double x) { return exp2_gen_d(x); }

ROUTINE NOINLINE double pyir_exp10(double x)
{
    if (is_nan(x)) return x + x;
    if (x > 320.0) return __builtin_inf();
    if (x < -330.0) return 0.0;
    // x = n log10(2) + r, then 10^x = 2^n e^(r ln10).
    double n = __builtin_rint(x * LOG2_10);
    double rh = __builtin_fma(-n, LOG10_2_HI32, x);        // exact
    double t = n * LOG10_2_LO32;
    double tl = __builtin_fma(n, LOG10_2_LO32, -t);
    double r, rl;
    two_sum(rh, -t, &r, &rl);
    rl -= tl;
    double y = r * LN10_HI;
    double yl = __builtin_fma(r, LN10_HI, -y) + r * LN10_LO + rl * LN10_HI;
    // e^(y + yl) by exp's core, then 2^n in two exact steps (overflow gives +inf, tiny results
    // round once into the denormals).
    int k = (int)n, k1 = k >> 1;
    return exp_dd_gen_d(y, yl) * pow2i(k1) * pow2i(k - k1);
}

// expm1_gen_d's computation with branches: only the path the input takes is evaluated (the
// branch-free form computes the small-|x| polynomial, the reduced one and exp for every input).
// Same operations on the taken path, so the same bits as the vector routines' lanes.
static ALWAYS_INLINE double expm1_branchy(double x)
{
    double ax = fabs_(x);
    if (is_nan(x)) return x + x;
    if (ax < 0x1p-54) return x;
    if (x > 710.0) return __builtin_inf();
    if (x < -40.0) return -1.0;
    if (ax <= 0.34) return expm1_small_gen_d(x);
    // x = n ln2 + r: 2^n (1 + p) - 1 = 2^n p + (2^n - 1), both terms exact
    double n = __builtin_rint(x * INV_LN2);
    if (n > 60.0) return exp_dd_gen_d(x, 0.0) - 1.0;
    double rh = __builtin_fma(-n, LN2_HI32, x);
    double t = n * LN2_LO32;
    double tl = __builtin_fma(n, LN2_LO32, -t);
    double r = rh - t;                                     // two_sum(rh, -t)
    double bb = r - rh;
    double rl = ((rh - (r - bb)) + (-t - bb)) - tl;
    double p = expm1_small_gen_d(r);
    p = p + __builtin_fma(rl, p, rl);
    double s = double_of((uint64_t)((int64_t)n + 1023) << 52);
    return s * p + (s - 1.0);
}

ROUTINE NOINLINE double pyir_expm1(double x) { return expm1_branchy(x); }

// ---------------------------------------------------------------------------------------------
// log: log(x) as hi + lo with about 2^-66 relative error, for finite x > 0 (denormals included).

static NOINLINE void log_dd(double x, double *out_hi, double *out_lo)
{
    uint64_t ix = bits_of(x);
    int k_adjust = 0;
    if (ix < 0x0010000000000000ULL) {                      // denormal: scale up
        ix = bits_of(x * 0x1p54);
        k_adjust = -54;
    }
    const uint64_t OFF = 0x3fe6955500000000ULL;
    uint64_t tmp = ix - OFF;
    int i = (int)((tmp >> 45) & 127);
    int k = (int)((int64_t)tmp >> 52) + k_adjust;
    uint64_t iz = ix - (tmp & (0xfffULL << 52));
    double z = double_of(iz);
    double invc = LOG_INVC[i];
    // r = z * invc - 1 exactly as rh + rl
    double prod = z * invc;
    double rl = __builtin_fma(z, invc, -prod);
    double r = prod - 1.0;                                 // exact (Sterbenz)
    double fr;
    fast_two_sum(r, rl, &r, &fr);
    double kd = (double)k;
    // log(x) = k ln2 + logc + log1p(r) ; log1p(r) = r - r^2/2 + r^3 P(r)
    double t1, t1l;
    two_sum(kd * LN2_HI32, LOG_LOGC_HI[i], &t1, &t1l);   // kd * LN2_HI32 is exact
    double t2 = t1 + r;
    double lo1 = kd * LN2_LO32 + LOG_LOGC_LO[i] + t1l;
    double lo2 = t1 - t2 + r;
    if (fabs_(t1) < fabs_(r)) lo2 = r - t2 + t1;
    double ar = -0.5 * r;
    double ar2 = r * ar;                                   // -r^2/2
    double hi = t2 + ar2;
    double lo3 = __builtin_fma(ar, r, -ar2);
    double lo4 = t2 - hi + ar2;
    if (fabs_(t2) < fabs_(ar2)) lo4 = ar2 - hi + t2;
    double p = -1.0 / 10.0;
    p = __builtin_fma(p, r, 1.0 / 9.0);
    p = __builtin_fma(p, r, -1.0 / 8.0);
    p = __builtin_fma(p, r, 1.0 / 7.0);
    p = __builtin_fma(p, r, -1.0 / 6.0);
    p = __builtin_fma(p, r, 1.0 / 5.0);
    p = __builtin_fma(p, r, -1.0 / 4.0);
    p = __builtin_fma(p, r, 1.0 / 3.0);
    double r3 = r * r * r;
    // fr is the tail of r: log1p(r + fr) ~ log1p(r) + fr (1 - r)
    double lo = lo1 + lo2 + lo3 + lo4 + r3 * p + fr * (1.0 - r);
    double y = hi + lo;
    *out_lo = hi - y + lo;
    *out_hi = y;
}

// Special values shared by the logs: returns 1 and sets *result when x is not finite positive.
static inline int log_special(double x, double *result)
{
    if (is_nan(x)) { *result = x + x; return 1; }
    if (x == 0.0) { *result = -__builtin_inf(); return 1; }
    if (x < 0.0) { *result = (x - x) / (x - x); return 1; } // NaN
    if (is_inf(x)) { *result = x; return 1; }
    return 0;
}

static ALWAYS_INLINE double log_body(double x) { return log_gen_d(x); }
ROUTINE NOINLINE double pyir_log(double x) { return log_body(x); }

ROUTINE NOINLINE double pyir_log2(double x) { return log2_gen_d(x); }

ROUTINE NOINLINE double pyir_log10(double x)
{
    double s;
    if (log_special(x, &s)) return s;
    double hi, lo;
    log_dd(x, &hi, &lo);
    double y = hi * INV_LN10_HI;
    double yl = __builtin_fma(hi, INV_LN10_HI, -y) + hi * INV_LN10_LO + lo * INV_LN10_HI;
    return y + yl;
}

ROUTINE NOINLINE double pyir_log1p(double x)
{
    if (is_nan(x)) return x + x;
    if (x == -1.0) return -__builtin_inf();
    if (x < -1.0) return (x - x) / (x - x);
    if (is_inf(x)) return x;
    if (fabs_(x) < 0x1p-54) return x;                     // keeps -0 and denormals exact
    // u + c == 1 + x exactly
    double u = 1.0 + x;
    double c = fabs_(x) < 1.0 ? x - (u - 1.0) : 1.0 - (u - x);
    double hi, lo;
    log_dd(u, &hi, &lo);
    return hi + (lo + c / u);
}

// ---------------------------------------------------------------------------------------------
// pow

// 0: not an integer, 1: odd integer, 2: even integer. y finite.
static inline int integer_kind(double y)
{
    if (__builtin_trunc(y) != y) return 0;
    if (fabs_(y) >= 0x1p53) return 2;
    double h = y * 0.5;
    return __builtin_trunc(h) != h ? 1 : 2;
}

ROUTINE NOINLINE double pyir_pow(double x, double y)
{
    // The common case first (x > 0 finite, y finite and nonzero with |y| <= 2^64, x != 1): none of
    // the special cases below applies, and the sign is +.
    if (pow_common_lane_d(x, y)) return pow_gen_d(x, y);
    if (y == 0.0) return 1.0;
    if (x == 1.0) return 1.0;
    if (is_nan(x) || is_nan(y)) return x + y;
    double ax = fabs_(x);
    if (is_inf(y)) {
        if (ax == 1.0) return 1.0;
        return (ax < 1.0) == (y < 0.0) ? __builtin_inf() : 0.0;
    }
    int kind = integer_kind(y);
    if (x == 0.0) {
        double r = y < 0.0 ? __builtin_inf() : 0.0;
        return kind == 1 ? copysign_(r, x) : r;
    }
    if (is_inf(x)) {
        double r = y < 0.0 ? 0.0 : __builtin_inf();
        return (x < 0.0 && kind == 1) ? -r : r;
    }
    double sign = 1.0;
    if (x < 0.0) {
        if (kind == 0) return (x - x) / (x - x);          // NaN
        if (kind == 1) sign = -1.0;
    }
    // |y log x| > 2048 > 746 for |y| > 2^64 (|log x| >= 2^-53): overflow or underflow
    if (fabs_(y) > 0x1p64) return ax == 1.0 ? 1.0 : (ax > 1.0) == (y > 0.0) ? __builtin_inf() : 0.0;
    if (ax == 1.0) return sign;                            // x = -1, y an integer
    return sign * pow_gen_d(ax, y);                        // shared with the vector form
}

// ---------------------------------------------------------------------------------------------
// sin / cos / tan

// Reads 64 bits starting at bit `pos` of a little-endian array of 32-bit limbs.
static inline uint64_t bits64(const uint32_t *p, int pos)
{
    int w = pos >> 5, sh = pos & 31;
    uint64_t lo = ((uint64_t)p[w + 1] << 32) | p[w];
    uint64_t hi = p[w + 2];
    return (lo >> sh) | (sh ? hi << (64 - sh) : 0);
}

// Payne-Hanek: |x| = n pi/2 + (r + rl), |r| <= pi/4, for finite |x| >= 2^19. Returns n mod 4.
static NOINLINE int reduce_large(double ax, double *r, double *rl)
{
    uint64_t ix = bits_of(ax);
    int e = (int)(ix >> 52) - 1075;                       // ax = M 2^e
    uint64_t m = (ix & 0x000fffffffffffffULL) | 0x0010000000000000ULL;
    int s = e - 1 > 1 ? e - 1 : 1;                         // first bit of 2/pi that matters
    int k0 = (s - 1) >> 5;
    int s_aligned = 32 * k0 + 1;
    // W = 7 words of 2/pi starting at bit s_aligned; P = M * W (9 limbs, little-endian).
    uint32_t w[7];
    for (int j = 0; j < 7; j++) w[j] = TWO_OVER_PI_BITS[k0 + 6 - j];
    uint32_t prod[12] = { 0 };
    uint32_t m_lo = (uint32_t)m, m_hi = (uint32_t)(m >> 32);
    uint64_t carry = 0;
    for (int j = 0; j < 7; j++) {
        uint64_t t = (uint64_t)w[j] * m_lo + carry;
        prod[j] = (uint32_t)t;
        carry = t >> 32;
    }
    prod[7] = (uint32_t)carry;
    carry = 0;
    for (int j = 0; j < 7; j++) {
        uint64_t t = (uint64_t)w[j] * m_hi + prod[j + 1] + carry;
        prod[j + 1] = (uint32_t)t;
        carry = t >> 32;
    }
    prod[8] = (uint32_t)carry;
    // x 2/pi = P 2^(e - (s_aligned + 223)) mod 4: bit q is the units bit.
    int q = s_aligned + 223 - e;
    int n = (int)(bits64(prod, q) & 3);
    uint64_t fhi = bits64(prod, q - 64);
    uint64_t flo = bits64(prod, q - 128);
    if (fhi >> 63) n = (n + 1) & 3;                        // fraction >= 1/2: round up, f - 1
    double c3 = (double)(int32_t)(uint32_t)(fhi >> 32) * 0x1p-32;
    double c2 = (double)(uint32_t)fhi * 0x1p-64;
    double c1 = (double)(uint32_t)(flo >> 32) * 0x1p-96 + (double)(uint32_t)flo * 0x1p-128;
    double h, l;
    two_sum(c3, c2, &h, &l);
    l += c1;
    fast_two_sum(h, l, &h, &l);
    // (h + l) * pi/2
    double y = h * PIO2_HI;
    double yl = __builtin_fma(h, PIO2_HI, -y) + (h * PIO2_LO + l * PIO2_HI);
    fast_two_sum(y, yl, r, rl);
    return n;
}

// |x| = n pi/2 + (r + rl), |r| <= ~pi/4. Returns n mod 4.
static NOINLINE int reduce_pio2(double ax, double *r, double *rl)
{
    if (ax < 0x1p19) {
        double n = __builtin_rint(ax * INV_PIO2);
        double d = ax - n * PIO2_1;                        // exact
        double t, tl, e2;
        two_sum(d, -(n * PIO2_2), &t, &tl);
        two_sum(t, -(n * PIO2_3), &t, &e2);
        tl += e2;
        tl -= n * PIO2_4;
        fast_two_sum(t, tl, r, rl);
        return (int)n & 3;
    }
    return reduce_large(ax, r, rl);
}

// sin(r + rl) and cos(r + rl) on |r| <= ~pi/4: the generic kernels (the same operations as the
// vector routines' lanes).
static double sin_kernel(double r, double rl) { return sin_kernel_gen_d(r, rl); }
static double cos_kernel(double r, double rl) { return cos_kernel_gen_d(r, rl); }

// sincos_gen_d (sin: want_cos = 0, cos: 1) for |x| < 2^19 with branches: only the kernel the
// quadrant needs is evaluated. The same operations on the path taken, so the same bits as the
// branch-free form the vector routines use.
static ALWAYS_INLINE double sincos_small(double x, double ax, int want_cos)
{
    if (want_cos) {
        if (ax < 0x1p-27) return 1.0;
    } else if (ax < 0x1p-26) return x;
    double r, rl;
    double n = pio2_reduce_gen_d(ax, &r, &rl);
    int64_t q = (int64_t)n & 3;
    double v = ((int)(q & 1) ^ want_cos) ? cos_kernel_gen_d(r, rl) : sin_kernel_gen_d(r, rl);
    if (want_cos) return ((q + 1) & 2) != 0 ? -v : v;
    if ((q & 2) != 0) v = -v;
    return x < 0.0 ? -v : v;
}

static ALWAYS_INLINE double sin_body(double x)
{
    double ax = fabs_(x);
    if (ax < 0x1p19) return sincos_small(x, ax, 0);
    if (is_nan(x) || is_inf(x)) return x - x;
    double r, rl;
    int n = reduce_large(ax, &r, &rl);
    double v;
    switch (n) {
    case 0: v = sin_kernel(r, rl); break;
    case 1: v = cos_kernel(r, rl); break;
    case 2: v = -sin_kernel(r, rl); break;
    default: v = -cos_kernel(r, rl); break;
    }
    return x < 0.0 ? -v : v;
}
ROUTINE NOINLINE double pyir_sin(double x) { return sin_body(x); }

static ALWAYS_INLINE double cos_body(double x)
{
    double ax = fabs_(x);
    if (ax < 0x1p19) return sincos_small(x, ax, 1);
    if (is_nan(x) || is_inf(x)) return x - x;
    double r, rl;
    int n = reduce_large(ax, &r, &rl);
    switch (n) {
    case 0: return cos_kernel(r, rl);
    case 1: return -sin_kernel(r, rl);
    case 2: return -cos_kernel(r, rl);
    default: return sin_kernel(r, rl);
    }
}
ROUTINE NOINLINE double pyir_cos(double x) { return cos_body(x); }

ROUTINE NOINLINE double pyir_tan(double x)
{
    double ax = fabs_(x);
    if (ax < 0x1p-27) return x;
    if (is_nan(x) || is_inf(x)) return x - x;
    double r, rl;
    int n = reduce_pio2(ax, &r, &rl);
    double s = sin_kernel(r, rl), c = cos_kernel(r, rl);
    double v = (n & 1) ? -c / s : s / c;
    return x < 0.0 ? -v : v;
}

// ---------------------------------------------------------------------------------------------
// atan family

// atan(num / den) for num, den >= 0 finite, not both 0. Result in [0, pi/2].
static NOINLINE double atan_ratio(double num, double den)
{
    int swap = num > den;
    if (swap) { double t = num; num = den; den = t; }
    // scale so den is in [1, 2): the ratio is unchanged (num may round if it becomes denormal,
    // then the result is itself denormal).
    uint64_t bd = bits_of(den);
    if (bd < 0x0010000000000000ULL) { num *= 0x1p600; den *= 0x1p600; bd = bits_of(den); }
    int e = (int)(bd >> 52) - 1023;
    double scale = pow2i(-e / 2), scale2 = pow2i(-e - (-e / 2));
    num = num * scale * scale2;
    den = den * scale * scale2;
    double u = num / den;
    int j = (int)(u * 8.0 + 0.5);
    double c = j * 0.125;
    double t = __builtin_fma(-c, den, num) / __builtin_fma(c, num, den);
    double z = t * t;
    // atan t = t + t^3 P(t^2), |t| <= 1/16
    double p = -1.0 / 15.0;
    p = __builtin_fma(p, z, 1.0 / 13.0);
    p = __builtin_fma(p, z, -1.0 / 11.0);
    p = __builtin_fma(p, z, 1.0 / 9.0);
    p = __builtin_fma(p, z, -1.0 / 7.0);
    p = __builtin_fma(p, z, 1.0 / 5.0);
    p = __builtin_fma(p, z, -1.0 / 3.0);
    double tail = t * z * p;
    if (!swap) {
        if (j == 0) return t + tail;
        return ATAN_HI[j] + (ATAN_LO[j] + (t + tail));
    }
    return ACOT_HI[j] + (ACOT_LO[j] - (t + tail));
}

ROUTINE NOINLINE double pyir_atan(double x)
{
    double ax = fabs_(x);
    if (ax < 0x1p-27) return x;
    if (is_nan(x)) return x + x;
    double v = is_inf(x) ? PIO2_HI + PIO2_LO : atan_ratio(ax, 1.0);
    return copysign_(v, x);
}

ROUTINE NOINLINE double pyir_atan2(double y, double x)
{
    if (is_nan(x) || is_nan(y)) return x + y;
    double ax = fabs_(x), ay = fabs_(y);
    double v;
    if (y == 0.0) {
        v = (x > 0.0 || (x == 0.0 && !__builtin_signbit(x))) ? 0.0 : PI_HI + PI_LO;
    } else if (x == 0.0) {
        v = PIO2_HI + PIO2_LO;
    } else if (is_inf(y)) {
        v = is_inf(x) ? (x > 0.0 ? 0.25 * PI_HI : 0.75 * PI_HI) : PIO2_HI + PIO2_LO;
    } else if (is_inf(x)) {
        v = x > 0.0 ? 0.0 : PI_HI + PI_LO;
    } else {
        v = atan_ratio(ay, ax);
        if (x < 0.0) v = (PI_HI - v) + PI_LO;
    }
    return copysign_(v, y);
}

ROUTINE NOINLINE double pyir_asin(double x)
{
    double ax = fabs_(x);
    if (ax < 0x1p-27) return x;
    if (is_nan(x)) return x + x;
    if (ax > 1.0) return (x - x) / (x - x);
    double s = __builtin_sqrt(__builtin_fma(-ax, ax, 1.0));
    return copysign_(atan_ratio(ax, s), x);
}

ROUTINE NOINLINE double pyir_acos(double x)
{
    double ax = fabs_(x);
    if (is_nan(x)) return x + x;
    if (ax > 1.0) return (x - x) / (x - x);
    if (x == 1.0) return 0.0;
    double s = __builtin_sqrt(__builtin_fma(-ax, ax, 1.0));
    double v = atan_ratio(s, ax);
    return x < 0.0 ? (PI_HI - v) + PI_LO : v;
}

// ---------------------------------------------------------------------------------------------
// hyperbolic

ROUTINE NOINLINE double pyir_sinh(double x)
{
    if (is_nan(x)) return x + x;
    double ax = fabs_(x);
    if (ax < 0x1p-28) return x;
    if (is_inf(x)) return x;
    double h = copysign_(0.5, x);
    if (ax < 22.0) {
        double t = pyir_expm1(ax);
        if (ax < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ax < 709.0) return h * exp_dd(ax, 0.0);
    double w = exp_dd(0.5 * ax, 0.0);
    return (h * w) * w;
}

ROUTINE NOINLINE double pyir_cosh(double x)
{
    if (is_nan(x)) return x * x;
    double ax = fabs_(x);
    if (is_inf(x)) return ax;
    if (ax < 0x1p-27) return 1.0;
    if (ax < 0.3465) {
        double t = pyir_expm1(ax);
        double w = 1.0 + t;
        return 1.0 + (t * t) / (w + w);
    }
    if (ax < 22.0) {
        double t = exp_dd(ax, 0.0);
        return 0.5 * t + 0.5 / t;
    }
    if (ax < 709.0) return 0.5 * exp_dd(ax, 0.0);
    double w = exp_dd(0.5 * ax, 0.0);
    return (0.5 * w) * w;
}

// tanh_gen_d with branches (the same operations on the path taken, so the same bits).
static ALWAYS_INLINE double tanh_body(double x)
{
    if (is_nan(x)) return x + x;
    double ax = fabs_(x);
    if (ax < 0x1p-55) return x;
    double z;
    if (!(ax < 22.0)) z = 1.0;
    else if (ax < 1.0) {
        double t = expm1_branchy(-2.0 * ax);
        z = -t / (t + 2.0);
    } else {
        double t = expm1_branchy(2.0 * ax);
        z = 1.0 - 2.0 / (t + 2.0);
    }
    return x < 0.0 ? -z : z;
}
ROUTINE NOINLINE double pyir_tanh(double x) { return tanh_body(x); }

// ---------------------------------------------------------------------------------------------
// cbrt, hypot, fmod

ROUTINE NOINLINE double pyir_cbrt(double x)
{
    if (is_nan(x) || is_inf(x) || x == 0.0) return x + x;
    double ax = fabs_(x);
    int adjust = 0;
    if (ax < 0x1p-1022) { ax *= 0x1p54; adjust = -18; }
    uint64_t ix = bits_of(ax);
    int e = (int)(ix >> 52) - 1023;
    // e = 3q + rem, rem in {0, 1, 2}; m = ax 2^(-3q) in [1, 8)
    int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
    int rem = e - 3 * q;
    double m = double_of((ix & 0x000fffffffffffffULL) | ((uint64_t)(1023 + rem) << 52));
    // initial guess: a line through (1,1) and (8,2) is within ~10%, then Newton
    double y = 0.8 + 0.2 * m - 0.0108 * m * m;
    for (int i = 0; i < 5; i++) y = (2.0 * y + m / (y * y)) * (1.0 / 3.0);
    // final correction with an exact residual
    double y2 = y * y;
    double y2l = __builtin_fma(y, y, -y2);
    double y3 = y2 * y;
    double y3l = __builtin_fma(y2, y, -y3) + y2l * y;
    double resid = (y3 - m) + y3l;
    y = y - resid / (3.0 * y2);
    double r = y * pow2i(q + adjust);
    return copysign_(r, x);
}

ROUTINE NOINLINE double pyir_hypot(double x, double y)
{
    double ax = fabs_(x), ay = fabs_(y);
    if (is_inf(ax) || is_inf(ay)) return __builtin_inf();
    if (is_nan(ax) || is_nan(ay)) return ax + ay;
    if (ax < ay) { double t = ax; ax = ay; ay = t; }
    if (ay == 0.0) return ax;
    if (ax > ay * 0x1p60) return ax + ay;
    // scale so ax is in [1, 2)
    double pre = 1.0;
    if (ax < 0x1p-1000) { ax *= 0x1p600; ay *= 0x1p600; pre = 0x1p-600; }
    int e = (int)(bits_of(ax) >> 52) - 1023;
    double down = pow2i(-e / 2) * pow2i(-e - (-e / 2));
    ax *= down;
    ay *= down;
    double h = ax * ax, hl = __builtin_fma(ax, ax, -h);
    double l = ay * ay, ll = __builtin_fma(ay, ay, -l);
    double s, sl;
    two_sum(h, l, &s, &sl);
    sl += hl + ll;
    double r = __builtin_sqrt(s);
    double d = __builtin_fma(-r, r, s) + sl;
    r = r + d / (2.0 * r);
    int e1 = e / 2;
    return r * pow2i(e1) * pow2i(e - e1) * pre;
}

ROUTINE NOINLINE double pyir_fmod(double x, double y)
{
    uint64_t ux = bits_of(x), uy = bits_of(y);
    int ex = (int)(ux >> 52 & 0x7ff), ey = (int)(uy >> 52 & 0x7ff);
    uint64_t sx = ux >> 63;
    // As glibc (and so lli and the interpreter, whose frem is .NET's fmod): a NaN operand comes back
    // quieted with its sign and payload (x's when both are NaN), fmod(inf, y) and fmod(x, 0) give
    // the default NaN. x86 returns the first NaN operand of mul and div.
    if ((uy << 1) == 0 || is_nan(y) || ex == 0x7ff) return (x * y) / (x * y);
    if ((ux << 1) <= (uy << 1)) {
        if ((ux << 1) == (uy << 1)) return 0.0 * x;
        return x;
    }
    uint64_t i, mx, my;
    if (!ex) {
        for (i = ux << 12; i >> 63 == 0; ex--, i <<= 1) {}
        mx = ux << (-ex + 1);
    } else {
        mx = (ux & (~0ULL >> 12)) | (1ULL << 52);
    }
    if (!ey) {
        for (i = uy << 12; i >> 63 == 0; ey--, i <<= 1) {}
        my = uy << (-ey + 1);
    } else {
        my = (uy & (~0ULL >> 12)) | (1ULL << 52);
    }
    for (; ex > ey; ex--) {
        i = mx - my;
        if (i >> 63 == 0) {
            if (i == 0) return 0.0 * x;
            mx = i;
        }
        mx <<= 1;
    }
    i = mx - my;
    if (i >> 63 == 0) {
        if (i == 0) return 0.0 * x;
        mx = i;
    }
    for (; mx >> 52 == 0; mx <<= 1, ex--) {}
    if (ex > 0) {
        mx -= 1ULL << 52;
        mx |= (uint64_t)ex << 52;
    } else {
        mx >>= -ex + 1;
    }
    mx |= sx << 63;
    return double_of(mx);
}

// ---------------------------------------------------------------------------------------------
// float routines: compute in double, round once.

#define FLOAT1(name) ROUTINE float name##f(float x) { return (float)name((double)x); }
// The same with the double routine's body inlined (no second call): for the common routines.
#define FLOAT1_INLINE(name, body) ROUTINE float name##f(float x) { return (float)body((double)x); }
#define FLOAT2(name) ROUTINE float name##f(float x, float y) { return (float)name((double)x, (double)y); }
ROUTINE float pyir_expf(float x) { return (float)expf_gen_d((double)x); }
FLOAT1(pyir_exp2) FLOAT1(pyir_exp10) FLOAT1_INLINE(pyir_expm1, expm1_branchy)
ROUTINE float pyir_logf(float x) { return (float)logf_gen_d((double)x); }
FLOAT1(pyir_log2) FLOAT1(pyir_log10) FLOAT1(pyir_log1p)
// sinf, cosf: below 2^19 their own cheaper core (sincosf_gen's operations, with branches: only the
// kernel the quadrant needs), beyond it (and NaN, inf) the double routine.
static ALWAYS_INLINE float sincosf_branchy(float xf, int want_cos)
{
    double x = xf, ax = fabs_(x);
    if (!(ax < 0x1p19)) return (float)(want_cos ? cos_body(x) : sin_body(x));
    if (!want_cos && ax < 0x1p-26) return xf;              // (and -0 stays -0)
    double r;
    double n = pio2_reduce_f_gen_d(ax, &r);
    int64_t q = (int64_t)n & 3;
    double v = ((int)(q & 1) ^ want_cos) ? cosf_kernel_gen_d(r) : sinf_kernel_gen_d(r);
    if (want_cos) return (float)(((q + 1) & 2) != 0 ? -v : v);
    if ((q & 2) != 0) v = -v;
    return (float)(x < 0.0 ? -v : v);
}
ROUTINE float pyir_sinf(float x) { return sincosf_branchy(x, 0); }
ROUTINE float pyir_cosf(float x) { return sincosf_branchy(x, 1); }
// tanf: the same core's two kernels divided (about 2^-47 relative error), the double routine beyond.
ROUTINE float pyir_tanf(float xf)
{
    double x = xf, ax = fabs_(x);
    if (!(ax < 0x1p19)) return (float)pyir_tan(x);
    if (ax < 0x1p-27) return xf;                           // (and -0 stays -0)
    double r;
    int64_t q = (int64_t)pio2_reduce_f_gen_d(ax, &r);
    double s = sinf_kernel_gen_d(r), c = cosf_kernel_gen_d(r);
    double v = (q & 1) ? -c / s : s / c;
    return (float)(x < 0.0 ? -v : v);
}
FLOAT1(pyir_sinh) FLOAT1(pyir_cosh)
// tanhf: t/(t + 2) with t = e^(2|x|) - 1 in plain double (expm1's Taylor polynomial up to 2|x| = 0.34,
// exp beyond; about 2^-50 relative error), the sign copied from x; +-1 beyond 9.1, where tanh
// rounds to +-1 in float.
ROUTINE float pyir_tanhf(float xf)
{
    double x = xf, ax = fabs_(x);
    if (!(ax <= 9.1)) return is_nan(x) ? (float)(x + x) : (float)copysign_(1.0, x);
    double y = 2.0 * ax;
    double t = y <= 0.34 ? expm1_small_gen_d(y) : exp_dd_gen_d(y, 0.0) - 1.0;
    return (float)copysign_(t / (t + 2.0), x);
}
FLOAT1(pyir_asin) FLOAT1(pyir_acos) FLOAT1(pyir_atan) FLOAT1(pyir_cbrt)
FLOAT2(pyir_pow) FLOAT2(pyir_atan2) FLOAT2(pyir_hypot) FLOAT2(pyir_fmod)

// ---------------------------------------------------------------------------------------------
// vector routines
#ifdef __clang__

// exp, exp2, log, log2, tanh: branch-free SIMD code (mathlib_generic.h); floats go through two
// <4 x double> halves, exactly as the float scalar routines go through double.
#define VECTOR_SIMD(name, generic)                                                              \
    ROUTINE v4d name##_v4(v4d x) { return generic(x); }                                         \
    ROUTINE v8f name##f_v8(v8f x)                                                                \
    {                                                                                            \
        v4d lo = __builtin_convertvector(__builtin_shufflevector(x, x, 0, 1, 2, 3), v4d);        \
        v4d hi = __builtin_convertvector(__builtin_shufflevector(x, x, 4, 5, 6, 7), v4d);        \
        v4f rlo = __builtin_convertvector(generic(lo), v4f);                                     \
        v4f rhi = __builtin_convertvector(generic(hi), v4f);                                     \
        return __builtin_shufflevector(rlo, rhi, 0, 1, 2, 3, 4, 5, 6, 7);                        \
    }
// exp and log: the float routines have their own cheaper cores (expf_gen, logf_gen), as the scalar
// float routines.
#define VECTOR_SIMD_F(name, generic, generic_f)                                                 \
    ROUTINE v4d name##_v4(v4d x) { return generic(x); }                                         \
    ROUTINE v8f name##f_v8(v8f x)                                                                \
    {                                                                                            \
        v4d lo = __builtin_convertvector(__builtin_shufflevector(x, x, 0, 1, 2, 3), v4d);        \
        v4d hi = __builtin_convertvector(__builtin_shufflevector(x, x, 4, 5, 6, 7), v4d);        \
        v4f rlo = __builtin_convertvector(generic_f(lo), v4f);                                   \
        v4f rhi = __builtin_convertvector(generic_f(hi), v4f);                                   \
        return __builtin_shufflevector(rlo, rhi, 0, 1, 2, 3, 4, 5, 6, 7);                        \
    }
VECTOR_SIMD_F(pyir_exp, exp_gen_v, expf_gen_v) VECTOR_SIMD_F(pyir_log, log_gen_v, logf_gen_v)
VECTOR_SIMD(pyir_exp2, exp2_gen_v) VECTOR_SIMD(pyir_log2, log2_gen_v)
// sin and cos: SIMD for |x| < 2^19, lanes beyond (and NaN/inf) through the scalar routine.
#define VECTOR_SINCOS(name, want_cos)                                                           \
    ROUTINE v4d name##_v4(v4d x)                                                                 \
    {                                                                                            \
        v4d r = sincos_gen_v(x, want_cos);                                                       \
        for (int i = 0; i < 4; i++)                                                              \
            if (!(fabs_(x[i]) < 0x1p19)) r[i] = name(x[i]);                                      \
        return r;                                                                                \
    }                                                                                            \
    static inline v4d name##f_half(v4d x)                                                        \
    {                                                                                            \
        v4d r = sincosf_gen_v(x, want_cos);                                                      \
        for (int i = 0; i < 4; i++)                                                              \
            if (!(fabs_(x[i]) < 0x1p19)) r[i] = name(x[i]);                                      \
        return r;                                                                                \
    }                                                                                            \
    ROUTINE v8f name##f_v8(v8f x)                                                                \
    {                                                                                            \
        v4d lo = __builtin_convertvector(__builtin_shufflevector(x, x, 0, 1, 2, 3), v4d);        \
        v4d hi = __builtin_convertvector(__builtin_shufflevector(x, x, 4, 5, 6, 7), v4d);        \
        v4f rlo = __builtin_convertvector(name##f_half(lo), v4f);                                \
        v4f rhi = __builtin_convertvector(name##f_half(hi), v4f);                                \
        return __builtin_shufflevector(rlo, rhi, 0, 1, 2, 3, 4, 5, 6, 7);                        \
    }
// (The float forms: sincosf_gen below 2^19, as pyir_sinf / pyir_cosf.)
VECTOR_SINCOS(pyir_sin, 0) VECTOR_SINCOS(pyir_cos, 1)
VECTOR_SIMD(pyir_tanh, tanh_gen_v)
// pow: SIMD where x > 0 and y is ordinary, other lanes through the scalar routine.
ROUTINE v4d pyir_pow_v4(v4d x, v4d y)
{
    v4d r = pow_gen_v(x, y);
    v4mask ok = pow_common_lane_v(x, y);
    for (int i = 0; i < 4; i++)
        if (!ok[i]) r[i] = pyir_pow(x[i], y[i]);
    return r;
}
ROUTINE v8f pyir_powf_v8(v8f x, v8f y)
{
    v4d xlo = __builtin_convertvector(__builtin_shufflevector(x, x, 0, 1, 2, 3), v4d);
    v4d xhi = __builtin_convertvector(__builtin_shufflevector(x, x, 4, 5, 6, 7), v4d);
    v4d ylo = __builtin_convertvector(__builtin_shufflevector(y, y, 0, 1, 2, 3), v4d);
    v4d yhi = __builtin_convertvector(__builtin_shufflevector(y, y, 4, 5, 6, 7), v4d);
    v4f rlo = __builtin_convertvector(pyir_pow_v4(xlo, ylo), v4f);
    v4f rhi = __builtin_convertvector(pyir_pow_v4(xhi, yhi), v4f);
    return __builtin_shufflevector(rlo, rhi, 0, 1, 2, 3, 4, 5, 6, 7);
}
#endif
