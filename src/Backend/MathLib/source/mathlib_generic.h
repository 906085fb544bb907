// Branch-free exp and log written once for a generic "T": mathlib.c includes this file twice, for
// T = double (suffix _d, the scalar routines) and T = <4 x double> (suffix _v, the vector routines),
// so a vector routine computes exactly what the scalar one computes, lane by lane. Special lanes
// (NaN, infinities, out-of-range) are computed on a harmless stand-in value and replaced by selects.
//
// Expected before inclusion: T (value type), M (comparison mask type), I (signed 64-bit integer
// type), U (unsigned 64-bit integer type), SUF (name suffix) and the helpers FMA(a,b,c), RINT(x),
// SEL(mask,a,b), BITS(x) (T -> U), FROM_BITS(u) (U -> T), TO_INT(x) (T -> I), TO_T(i) (I -> T),
// SPLAT(c) (constant of type T), GATHER(table, index).
#define GEN_NAME2(a, b) a##b
#define GEN_NAME(a, b) GEN_NAME2(a, b)

// e^(x + lo), |lo| << |x|. x = (128 k + j) ln2/128 + r with |r| <= ln2/256 (Cody-Waite: n ln2_hi32/128
// is exact, the tail's product error is kept), so e^(x + lo) = 2^k 2^(j/128) e^(r + rl): 2^(j/128) from
// a table as hi + lo, e^r - 1 by its Taylor polynomial to r^6 (the next term is below 2^-71), and the
// scaling by 2^k in two exact steps so that overflow gives +inf and tiny results round once into the
// denormals.
static inline T GEN_NAME(exp_dd_gen, SUF)(T x, T lo)
{
    M nan = x != x, big = x > 710.0, small = x < -746.0;
    T xc = SEL(nan | big | small, SPLAT(0.0), x);
    T n = RINT(xc * (INV_LN2 * 128));
    T rh = FMA(-n, SPLAT(LN2_HI32 / 128), xc);            // exact
    T t = n * (LN2_LO32 / 128);
    T tl = FMA(n, SPLAT(LN2_LO32 / 128), -t);
    T r = rh - t;                                          // two_sum(rh, -t)
    T bb = r - rh;
    T rl = ((rh - (r - bb)) + (-t - bb)) - tl + SEL(nan | big | small, SPLAT(0.0), lo);
    // e^r - 1 = r + r^2 (1/2 + r/6 + r^2/24 + r^3/120 + r^4/720), the bracket in Estrin's form
    T r2 = r * r;
    T a = FMA(SPLAT(1.0 / 6.0), r, SPLAT(0.5));
    T b = FMA(SPLAT(1.0 / 120.0), r, SPLAT(1.0 / 24.0));
    T q = FMA(FMA(SPLAT(1.0 / 720.0), r2, b), r2, a);
    T p = FMA(r2, q, r);
    T p1 = p + FMA(rl, p, rl);                             // (1 + p)(1 + rl) - 1
    I ni = TO_INT(n);
    I j = ni & 127;
    I k = ni >> 7;
    T thi = GATHER(EXP_T_HI, j);
    T e = thi + FMA(thi, p1, GATHER(EXP_T_LO, j));        // 2^(j/128) (1 + p1)
    I k1 = k >> 1;
    T s1 = FROM_BITS((U)(k1 + 1023) << 52);
    T s2 = FROM_BITS((U)(k - k1 + 1023) << 52);
    T res = e * s1 * s2;
    res = SEL(big, SPLAT(__builtin_inf()), res);
    res = SEL(small, SPLAT(0.0), res);
    return SEL(nan, x + x, res);
}

static inline T GEN_NAME(exp_gen, SUF)(T x) { return GEN_NAME(exp_dd_gen, SUF)(x, SPLAT(0.0)); }

// log(xs) as *out_hi + *out_lo (about 2^-66 relative error) for finite xs > 0.
static inline void GEN_NAME(log_dd_gen, SUF)(T xs, T *out_hi, T *out_lo)
{
    M den = xs < 0x1p-1022;
    xs = SEL(den, xs * 0x1p54, xs);
    U ix = BITS(xs);
    U tmp = ix - 0x3fe6955500000000ULL;
    U i = (tmp >> 45) & 127;
    I k = (I)tmp >> 52;
    T z = FROM_BITS(ix - (tmp & (0xfffULL << 52)));
    T invc = GATHER(LOG_INVC, i);
    T logc_hi = GATHER(LOG_LOGC_HI, i), logc_lo = GATHER(LOG_LOGC_LO, i);
    T prod = z * invc;
    T rl = FMA(z, invc, -prod);
    T r0 = prod - 1.0;                                     // exact (Sterbenz)
    T r = r0 + rl;                                         // fast_two_sum(r0, rl)
    T fr = rl - (r - r0);
    T kd = TO_T(k) + SEL(den, SPLAT(-54.0), SPLAT(0.0));
    // The sums below are exact in the fast_two_sum form, without comparing magnitudes: k ln2 is 0
    // or larger than any |log c| (<= 0.35); t1 is 0 (the entry holding 1, c = 1) or larger than
    // |r| (with k = 0 the closest is the entry just below 1: |log c| = 0.0033, |r| <= 0.0020);
    // t2 is r or larger than r^2/2.
    T a = kd * LN2_HI32;                                   // exact
    T t1 = a + logc_hi;                                    // fast_two_sum(a, logc_hi)
    T t1l = logc_hi - (t1 - a);
    T t2 = t1 + r;
    T lo1 = kd * LN2_LO32 + logc_lo + t1l;
    T lo2 = t1 - t2 + r;                                   // fast_two_sum(t1, r)
    T ar = -0.5 * r;
    T ar2 = r * ar;
    T hi = t2 + ar2;
    T lo3 = FMA(ar, r, -ar2);
    T lo4 = t2 - hi + ar2;                                 // fast_two_sum(t2, ar2)
    // p = 1/3 - r/4 + r^2/5 - ... - r^7/10 in Estrin's form (a quarter of Horner's latency)
    T r2 = r * r;
    T r4 = r2 * r2;
    T p01 = FMA(SPLAT(-1.0 / 4.0), r, SPLAT(1.0 / 3.0));
    T p23 = FMA(SPLAT(-1.0 / 6.0), r, SPLAT(1.0 / 5.0));
    T p45 = FMA(SPLAT(-1.0 / 8.0), r, SPLAT(1.0 / 7.0));
    T p67 = FMA(SPLAT(-1.0 / 10.0), r, SPLAT(1.0 / 9.0));
    T p = FMA(FMA(p67, r2, p45), r4, FMA(p23, r2, p01));
    T r3 = r2 * r;
    T lo = lo1 + lo2 + lo3 + lo4 + r3 * p + fr * (1.0 - r);
    T y = hi + lo;
    *out_lo = hi - y + lo;
    *out_hi = y;
}

static inline T GEN_NAME(log_gen, SUF)(T x)
{
    M nan = x != x, neg = x < 0.0, zero = x == 0.0, inf = x == __builtin_inf();
    T xs = SEL(nan | neg | zero | inf, SPLAT(1.0), x);
    T hi, lo;
    GEN_NAME(log_dd_gen, SUF)(xs, &hi, &lo);
    T res = hi + lo;
    res = SEL(x == 1.0, SPLAT(0.0), res);
    res = SEL(inf, x, res);
    res = SEL(neg, SPLAT(__builtin_nan("")), res);
    res = SEL(zero, SPLAT(-__builtin_inf()), res);
    return SEL(nan, x + x, res);
}

// e^x of a float, given as the double x: a result in double with relative error below 2^-46, which
// the float routines round once. n = rint(x/ln2), r = x - n ln2 (n ln2_hi32 exact, then the tail in
// one rounding), e^r by its Taylor polynomial to r^11, times 2^n in two exact steps as exp_dd_gen
// (overflow, and float denormals, come out of the final rounding to float).
static inline T GEN_NAME(expf_gen, SUF)(T x)
{
    M nan = x != x, big = x > 710.0, small = x < -746.0;
    T xc = SEL(nan | big | small, SPLAT(0.0), x);
    T n = RINT(xc * INV_LN2);
    T r = FMA(-n, SPLAT(LN2_HI32), xc);                   // exact
    r = FMA(-n, SPLAT(LN2_LO32), r);
    T q = SPLAT(1.0 / 39916800.0);                         // 1/11!
    q = FMA(q, r, SPLAT(1.0 / 3628800.0));
    q = FMA(q, r, SPLAT(1.0 / 362880.0));
    q = FMA(q, r, SPLAT(1.0 / 40320.0));
    q = FMA(q, r, SPLAT(1.0 / 5040.0));
    q = FMA(q, r, SPLAT(1.0 / 720.0));
    q = FMA(q, r, SPLAT(1.0 / 120.0));
    q = FMA(q, r, SPLAT(1.0 / 24.0));
    q = FMA(q, r, SPLAT(1.0 / 6.0));
    q = FMA(q, r, SPLAT(0.5));
    q = FMA(q, r, SPLAT(1.0));
    T e = FMA(q, r, SPLAT(1.0));
    I k = TO_INT(n);
    I k1 = k >> 1;
    T s1 = FROM_BITS((U)(k1 + 1023) << 52);
    T s2 = FROM_BITS((U)(k - k1 + 1023) << 52);
    T res = e * s1 * s2;
    res = SEL(big, SPLAT(__builtin_inf()), res);
    res = SEL(small, SPLAT(0.0), res);
    return SEL(nan, x + x, res);
}

// log of a float, given as the double x (so float denormals are normal here): a result in double
// with relative error below 2^-44, which the float routines round once (max error 0.5 ulp plus
// about 2^-20). The log table splits x = 2^k z, c ~ z; r = z/c - 1 in one rounding (FMA), |r| <
// 0.008 (the interval holding 1 has c = 1, so near 1 r = x - 1 exactly and nothing cancels);
// log1p(r) by its Taylor polynomial to r^6.
static inline T GEN_NAME(logf_gen, SUF)(T x)
{
    M nan = x != x, neg = x < 0.0, zero = x == 0.0, inf = x == __builtin_inf();
    T xs = SEL(nan | neg | zero | inf, SPLAT(1.0), x);
    U ix = BITS(xs);
    U tmp = ix - 0x3fe6955500000000ULL;
    U i = (tmp >> 45) & 127;
    I k = (I)tmp >> 52;
    T z = FROM_BITS(ix - (tmp & (0xfffULL << 52)));
    T invc = GATHER(LOG_INVC, i), logc = GATHER(LOG_LOGC_HI, i);
    T r = FMA(z, invc, SPLAT(-1.0));
    T p = SPLAT(-1.0 / 6.0);
    p = FMA(p, r, SPLAT(1.0 / 5.0));
    p = FMA(p, r, SPLAT(-1.0 / 4.0));
    p = FMA(p, r, SPLAT(1.0 / 3.0));
    p = FMA(p, r, SPLAT(-1.0 / 2.0));
    T res = FMA(TO_T(k), SPLAT(LN2_HI), logc) + FMA(r * r, p, r);
    res = SEL(inf, x, res);
    res = SEL(neg, SPLAT(__builtin_nan("")), res);
    res = SEL(zero, SPLAT(-__builtin_inf()), res);
    return SEL(nan, x + x, res);
}

// The Horner steps shared by the double and float kernels below: s continued from the z^6 term of
// (sin r)/r - 1 = z (-1/3! + z/5! - ...) down to -1/3!, c from the z^5 term of the cosine's
// (cos r - 1 + z/2)/z^2 = 1/4! - z/6! + ... down to 1/4!.
static inline T GEN_NAME(sin_poly_low, SUF)(T s, T z)
{
    s = FMA(s, z, SPLAT(1.0 / 6227020800.0));
    s = FMA(s, z, SPLAT(-1.0 / 39916800.0));
    s = FMA(s, z, SPLAT(1.0 / 362880.0));
    s = FMA(s, z, SPLAT(-1.0 / 5040.0));
    s = FMA(s, z, SPLAT(1.0 / 120.0));
    return FMA(s, z, SPLAT(-1.0 / 6.0));
}
static inline T GEN_NAME(cos_poly_low, SUF)(T c, T z)
{
    c = FMA(c, z, SPLAT(-1.0 / 87178291200.0));
    c = FMA(c, z, SPLAT(1.0 / 479001600.0));
    c = FMA(c, z, SPLAT(-1.0 / 3628800.0));
    c = FMA(c, z, SPLAT(1.0 / 40320.0));
    c = FMA(c, z, SPLAT(-1.0 / 720.0));
    return FMA(c, z, SPLAT(1.0 / 24.0));
}

// sin(r + rl) and cos(r + rl) on |r| <= ~pi/4 (Taylor, degree 19 and 20).
static inline T GEN_NAME(sin_kernel_gen, SUF)(T r, T rl)
{
    T z = r * r;
    T s = SPLAT(-1.0 / 121645100408832000.0);
    s = FMA(s, z, SPLAT(1.0 / 355687428096000.0));
    s = FMA(s, z, SPLAT(-1.0 / 1307674368000.0));
    s = GEN_NAME(sin_poly_low, SUF)(s, z);
    T tail = FMA(r * z, s, rl * (1.0 - 0.5 * z));
    return r + tail;
}

static inline T GEN_NAME(cos_kernel_gen, SUF)(T r, T rl)
{
    T z = r * r;
    T c = SPLAT(1.0 / 2432902008176640000.0);
    c = FMA(c, z, SPLAT(-1.0 / 6402373705728000.0));
    c = FMA(c, z, SPLAT(1.0 / 20922789888000.0));
    c = GEN_NAME(cos_poly_low, SUF)(c, z);
    T hz = 0.5 * z;
    T hzl = FMA(0.5 * r, r, -hz);
    T w = 1.0 - hz;
    return w + (((1.0 - w) - hz) + (FMA(z * z, c, -r * rl) - hzl));
}

// |x| = n pi/2 + (r + rl) for |x| < 2^19 with a 4-piece Cody-Waite reduction; returns n. Lanes with
// larger |x|, infinities or NaN get a meaningless value: the caller replaces them.
static inline T GEN_NAME(pio2_reduce_gen, SUF)(T ax, T *r_out, T *rl_out)
{
    T xs = SEL(ax < 0x1p19, ax, SPLAT(0.0));
    T n = RINT(xs * INV_PIO2);
    T d = xs - n * PIO2_1;                                 // exact
    T m2 = -(n * PIO2_2);
    T t = d + m2;                                          // two_sum(d, m2)
    T b = t - d;
    T tl = (d - (t - b)) + (m2 - b);
    T m3 = -(n * PIO2_3);
    T t2 = t + m3;                                         // two_sum(t, m3)
    T b2 = t2 - t;
    tl += (t - (t2 - b2)) + (m3 - b2);
    tl -= n * PIO2_4;
    T r = t2 + tl;                                         // fast_two_sum(t2, tl)
    *rl_out = tl - (r - t2);
    *r_out = r;
    return n;
}

// sin x (want_cos = 0) or cos x (want_cos = 1) for |x| < 2^19, branch-free: both kernels, then
// selects. (The scalar routines compute the same with branches and only the kernel they need.)
static inline T GEN_NAME(sincos_gen, SUF)(T x, int want_cos)
{
    T ax = FABS(x);
    T r, rl;
    T n = GEN_NAME(pio2_reduce_gen, SUF)(ax, &r, &rl);
    T s = GEN_NAME(sin_kernel_gen, SUF)(r, rl);
    T c = GEN_NAME(cos_kernel_gen, SUF)(r, rl);
    I q = TO_INT(n) & 3;
    T v;
    if (want_cos) {
        v = SEL((q & 1) != 0, s, c);
        v = SEL(((q + 1) & 2) != 0, -v, v);
        return SEL(ax < 0x1p-27, SPLAT(1.0), v);
    }
    v = SEL((q & 1) != 0, c, s);
    v = SEL((q & 2) != 0, -v, v);
    v = SEL(x < 0.0, -v, v);
    return SEL(ax < 0x1p-26, x, v);
}


// sin and cos of a float, given as the double x with |x| < 2^19: a result in double with relative
// error below 2^-48, which the float routines round once. r = x - n pi/2 in plain double (three
// 33-bit pieces of pi/2: the first two products are exact; the missing tail is below 2^-85, and no
// float below 2^19 comes closer than about 2^-30 to a multiple of pi/2), then Taylor polynomials
// in z = r^2 to r^15 (sin) and r^16 (cos), whose next terms are below 2^-53 on |r| <= pi/4.
static inline T GEN_NAME(pio2_reduce_f_gen, SUF)(T ax, T *r_out)
{
    T n = RINT(ax * INV_PIO2);
    *r_out = ((ax - n * PIO2_1) - n * PIO2_2) - n * PIO2_3;
    return n;
}
static inline T GEN_NAME(sinf_kernel_gen, SUF)(T r)
{
    T z = r * r;
    T s = GEN_NAME(sin_poly_low, SUF)(SPLAT(-1.0 / 1307674368000.0), z);
    return FMA(r * z, s, r);
}
static inline T GEN_NAME(cosf_kernel_gen, SUF)(T r)
{
    T z = r * r;
    T c = GEN_NAME(cos_poly_low, SUF)(SPLAT(1.0 / 20922789888000.0), z);
    return FMA(z * z, c, FMA(SPLAT(-0.5), z, SPLAT(1.0)));
}
// Branch-free (both kernels, the quadrant picks one): the vector routines' form. Lanes with
// |x| >= 2^19 (and NaN, inf) get a meaningless value; the caller replaces them.
static inline T GEN_NAME(sincosf_gen, SUF)(T x, int want_cos)
{
    T ax = FABS(x);
    T r;
    T n = GEN_NAME(pio2_reduce_f_gen, SUF)(SEL(ax < 0x1p19, ax, SPLAT(0.0)), &r);
    T s = GEN_NAME(sinf_kernel_gen, SUF)(r);
    T c = GEN_NAME(cosf_kernel_gen, SUF)(r);
    I q = TO_INT(n) & 3;
    T v;
    if (want_cos) {
        v = SEL((q & 1) != 0, s, c);
        return SEL(((q + 1) & 2) != 0, -v, v);
    }
    v = SEL((q & 1) != 0, c, s);
    v = SEL((q & 2) != 0, -v, v);
    v = SEL(x < 0.0, -v, v);
    return SEL(ax < 0x1p-26, x, v);                        // (and -0 stays -0)
}

// pow(x, y) for the common case: x > 0 finite, y finite, |y| <= 2^64. Other lanes get a
// meaningless value; pow_common_lane tells which lanes are valid.
static inline M GEN_NAME(pow_common_lane, SUF)(T x, T y)
{
    return (x > 0.0) & (x < __builtin_inf()) & (FABS(y) <= 0x1p64) & (y != 0.0) & (x != 1.0);
}

static inline T GEN_NAME(pow_gen, SUF)(T x, T y)
{
    M ok = GEN_NAME(pow_common_lane, SUF)(x, y);
    T xs = SEL(ok, x, SPLAT(2.0)), ys = SEL(ok, y, SPLAT(1.0));
    T lh, ll;
    GEN_NAME(log_dd_gen, SUF)(xs, &lh, &ll);
    T hi = ys * lh;
    T lo = FMA(ys, lh, -hi) + ys * ll;
    T h2 = hi + lo;                                        // fast_two_sum(hi, lo)
    T l2 = lo - (h2 - hi);
    return GEN_NAME(exp_dd_gen, SUF)(h2, l2);
}


static inline T GEN_NAME(exp2_gen, SUF)(T x)
{
    T hi = x * LN2_HI;
    T lo = FMA(x, SPLAT(LN2_HI), -hi) + x * LN2_LO;
    return GEN_NAME(exp_dd_gen, SUF)(hi, lo);
}

static inline T GEN_NAME(log2_gen, SUF)(T x)
{
    M nan = x != x, neg = x < 0.0, zero = x == 0.0, inf = x == __builtin_inf();
    T xs = SEL(nan | neg | zero | inf, SPLAT(1.0), x);
    T hi, lo;
    GEN_NAME(log_dd_gen, SUF)(xs, &hi, &lo);
    T y = hi * INV_LN2_HI;
    T yl = FMA(hi, SPLAT(INV_LN2_HI), -y) + hi * INV_LN2_LO + lo * INV_LN2_HI;
    T res = y + yl;
    res = SEL(inf, x, res);
    res = SEL(neg, SPLAT(__builtin_nan("")), res);
    res = SEL(zero, SPLAT(-__builtin_inf()), res);
    return SEL(nan, x + x, res);
}


// e^x - 1 on |x| <= ~0.35 (Taylor to x^14).
static inline T GEN_NAME(expm1_small_gen, SUF)(T x)
{
    T q = SPLAT(1.0 / 87178291200.0);
    q = FMA(q, x, SPLAT(1.0 / 6227020800.0));
    q = FMA(q, x, SPLAT(1.0 / 479001600.0));
    q = FMA(q, x, SPLAT(1.0 / 39916800.0));
    q = FMA(q, x, SPLAT(1.0 / 3628800.0));
    q = FMA(q, x, SPLAT(1.0 / 362880.0));
    q = FMA(q, x, SPLAT(1.0 / 40320.0));
    q = FMA(q, x, SPLAT(1.0 / 5040.0));
    q = FMA(q, x, SPLAT(1.0 / 720.0));
    q = FMA(q, x, SPLAT(1.0 / 120.0));
    q = FMA(q, x, SPLAT(1.0 / 24.0));
    q = FMA(q, x, SPLAT(1.0 / 6.0));
    q = FMA(q, x, SPLAT(0.5));
    T x2 = x * x;
    T x2l = FMA(x, x, -x2);
    T t = x2 * q;
    T tl = FMA(x2, q, -t) + x2l * q;
    T s = x + t;                                           // two_sum(x, t)
    T b = s - x;
    T sl = (x - (s - b)) + (t - b);
    return s + (sl + tl);
}

static inline T GEN_NAME(expm1_gen, SUF)(T x)
{
    T ax = FABS(x);
    M nan = x != x, tiny = ax < 0x1p-54, small = ax <= 0.34, big = x > 710.0, minus_one = x < -40.0;
    T p_small = GEN_NAME(expm1_small_gen, SUF)(SEL(small, x, SPLAT(0.0)));
    // x = n ln2 + r: 2^n (1 + p) - 1 = 2^n p + (2^n - 1), both terms exact
    T xr = SEL(small | big | minus_one | nan, SPLAT(1.0), x);
    T n = RINT(xr * INV_LN2);
    T rh = FMA(-n, SPLAT(LN2_HI32), xr);
    T t = n * LN2_LO32;
    T tl = FMA(n, SPLAT(LN2_LO32), -t);
    T r = rh - t;                                          // two_sum(rh, -t)
    T bb = r - rh;
    T rl = ((rh - (r - bb)) + (-t - bb)) - tl;
    T p = GEN_NAME(expm1_small_gen, SUF)(r);
    p = p + FMA(rl, p, rl);
    M huge_k = n > 60.0;
    T s = FROM_BITS((U)(TO_INT(SEL(huge_k, SPLAT(0.0), n)) + 1023) << 52);
    T res = s * p + (s - 1.0);
    res = SEL(huge_k, GEN_NAME(exp_dd_gen, SUF)(SEL(huge_k, xr, SPLAT(0.0)), SPLAT(0.0)) - 1.0, res);
    res = SEL(small, p_small, res);
    res = SEL(minus_one, SPLAT(-1.0), res);
    res = SEL(big, SPLAT(__builtin_inf()), res);
    res = SEL(tiny, x, res);
    return SEL(nan, x + x, res);
}

static inline T GEN_NAME(tanh_gen, SUF)(T x)
{
    T ax = FABS(x);
    M below1 = ax < 1.0;
    T u = SEL(below1, -2.0 * ax, 2.0 * SEL(ax < 22.0, ax, SPLAT(22.0)));
    T t = GEN_NAME(expm1_gen, SUF)(u);
    T z = SEL(below1, -t / (t + 2.0), 1.0 - 2.0 / (t + 2.0));
    z = SEL(ax < 22.0, z, SPLAT(1.0));
    z = SEL(x < 0.0, -z, z);
    z = SEL(ax < 0x1p-55, x, z);
    return SEL(x != x, x + x, z);
}

#undef GEN_NAME
#undef GEN_NAME2
