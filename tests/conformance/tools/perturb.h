/* Force-included (gcc -include) by check.sh: replaces every transcendental libm call with one
   whose result is moved by -4..+4 ulp, chosen by hashing the argument and PSEED. A program whose
   checksum survives this is robust against engines that use their own math routines. */
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifndef PSEED
#define PSEED 1
#endif
static inline uint64_t p_hash(uint64_t x) { x ^= x >> 33; x *= 0xff51afd7ed558ccdull; x ^= x >> 33; x += PSEED * 0x9E3779B97F4A7C15ull; x *= 0xc4ceb9fe1a85ec53ull; x ^= x >> 29; return x; }
static inline double p_d(double in, double r) {
    uint64_t b; memcpy(&b, &in, 8); uint64_t h = p_hash(b);
    int k = (int)(h % 9) - 4;
    for (; k > 0; k--) r = nextafter(r, INFINITY);
    for (; k < 0; k++) r = nextafter(r, -INFINITY);
    return r;
}
static inline float p_f(float in, float r) {
    uint32_t b; memcpy(&b, &in, 4); uint64_t h = p_hash(b);
    int k = (int)(h % 9) - 4;
    for (; k > 0; k--) r = nextafterf(r, INFINITY);
    for (; k < 0; k++) r = nextafterf(r, -INFINITY);
    return r;
}
static inline double P_exp(double x) { return p_d(x, exp(x)); }
static inline double P_log(double x) { return p_d(x, log(x)); }
static inline double P_sin(double x) { return p_d(x, sin(x)); }
static inline double P_cos(double x) { return p_d(x, cos(x)); }
static inline double P_tan(double x) { return p_d(x, tan(x)); }
static inline double P_tanh(double x) { return p_d(x, tanh(x)); }
static inline double P_pow(double x, double y) { return p_d(x + y, pow(x, y)); }
static inline float P_expf(float x) { return p_f(x, expf(x)); }
static inline float P_logf(float x) { return p_f(x, logf(x)); }
static inline float P_sinf(float x) { return p_f(x, sinf(x)); }
static inline float P_cosf(float x) { return p_f(x, cosf(x)); }
static inline float P_tanf(float x) { return p_f(x, tanf(x)); }
static inline float P_tanhf(float x) { return p_f(x, tanhf(x)); }
static inline float P_powf(float x, float y) { return p_f(x + y, powf(x, y)); }
#define exp P_exp
#define log P_log
#define sin P_sin
#define cos P_cos
#define tan P_tan
#define tanh P_tanh
#define pow P_pow
#define expf P_expf
#define logf P_logf
#define sinf P_sinf
#define cosf P_cosf
#define tanf P_tanf
#define tanhf P_tanhf
#define powf P_powf
