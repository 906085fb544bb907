/* Loops for the math-library micro-benchmark (MathLibBench.cs): one call per iteration over the
   inputs integration.c uses (x in [0, 2) for double, [0, 3) for float). loop_d/loop_f call through a
   pointer (to time a routine alone: glibc's, clang's build of mathlib.c, PyIR's JIT'd one); the
   direct_* loops call the built-in by name (llvm.sin.f64 etc. in the IR PyIR compiles). */
#include <math.h>

typedef double (*fd)(double);
typedef float (*ff)(float);

double loop_d(fd f, int n) { double s = 0, h = 2.0 / n; for (int i = 0; i < n; i++) s += f(i * h); return s; }
float loop_f(ff f, int n) { float s = 0, h = 3.0f / n; for (int i = 0; i < n; i++) s += f(i * h); return s; }

#define DIRECT_D(name, expr) \
    double direct_##name(int n) { double s = 0, h = 2.0 / n; for (int i = 0; i < n; i++) { double x = i * h; s += expr; } return s; }
#define DIRECT_F(name, expr) \
    double direct_##name(int n) { float s = 0, h = 3.0f / n; for (int i = 0; i < n; i++) { float x = i * h; s += expr; } return s; }
DIRECT_D(sin, sin(x))
DIRECT_D(cos, cos(x))
DIRECT_D(exp, exp(x))
DIRECT_D(log, log(1.0 + x))
DIRECT_D(tanh, tanh(x))
DIRECT_D(pow, pow(1.5, x))
DIRECT_D(floor, floor(x * 7.3))
DIRECT_D(sqrt, sqrt(x))
DIRECT_F(expf, expf(x))
DIRECT_F(sinf, sinf(x))
DIRECT_F(logf, logf(1.0f + x))
DIRECT_F(sqrtf, sqrtf(x))
