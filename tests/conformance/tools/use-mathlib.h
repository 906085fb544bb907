/* Force-included by check.sh: routes the transcendental libm calls of a corpus program to PyIR's
   own math library (src/Backend/MathLib/source/mathlib.c, linked in), i.e. the routines the JIT
   uses. The checksum must be the same as with glibc. */
#include <math.h>
#define PYIR_MATH(name) double pyir_##name(double); float pyir_##name##f(float);
#define PYIR_MATH2(name) double pyir_##name(double, double); float pyir_##name##f(float, float);
PYIR_MATH(exp) PYIR_MATH(log) PYIR_MATH(sin) PYIR_MATH(cos) PYIR_MATH(tan) PYIR_MATH(tanh)
PYIR_MATH2(pow) PYIR_MATH2(fmod)
#define exp pyir_exp
#define log pyir_log
#define sin pyir_sin
#define cos pyir_cos
#define tan pyir_tan
#define tanh pyir_tanh
#define pow pyir_pow
#define fmod pyir_fmod
#define expf pyir_expf
#define logf pyir_logf
#define sinf pyir_sinf
#define cosf pyir_cosf
#define tanf pyir_tanf
#define tanhf pyir_tanhf
#define powf pyir_powf
#define fmodf pyir_fmodf
