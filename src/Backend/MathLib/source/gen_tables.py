#!/usr/bin/python3
# Generates mathlib_tables.h: the constants of PyIR's math library that must be known to more than
# double precision (pi/2 split for Cody-Waite reduction, the bits of 2/pi for Payne-Hanek reduction,
# ln2 / log10(2) splits, the log table and the atan table). Uses only Python integers and Decimal so
# no multi-precision library is needed. Output is deterministic; the header is committed.
import struct
from decimal import Decimal, getcontext

getcontext().prec = 120
BITS = 1600

def arctan_inv_fixed(n, bits):
    """atan(1/n) * 2**bits as an integer (Machin series)."""
    one = 1 << (bits + 20)
    total, term, k, sign = 0, one // n, 1, 1
    n2 = n * n
    while term:
        total += sign * (term // k)
        term //= n2
        k += 2
        sign = -sign
    return total >> 20

PI_FIXED = 16 * arctan_inv_fixed(5, BITS) - 4 * arctan_inv_fixed(239, BITS)   # pi * 2**BITS
PI = Decimal(PI_FIXED) / (Decimal(2) ** BITS)

def asdouble(u): return struct.unpack('<d', struct.pack('<Q', u))[0]
def hexd(x): return float.hex(x)

def split(v):
    hi = float(v)
    lo = float(v - Decimal(hi))
    return hi, lo

def truncate_bits(v, bits):
    """v (Decimal, positive) truncated to `bits` significant bits, as a float."""
    e = 0
    while v >= 2: v /= 2; e += 1
    while v < 1: v *= 2; e -= 1
    m = int(v * (Decimal(2) ** (bits - 1)))
    return float(Decimal(m) * Decimal(2) ** (e - bits + 1))

def atan_dec(x):
    x = Decimal(x)
    # reduce: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
    y = x / (1 + (1 + x * x).sqrt())
    y = y / (1 + (1 + y * y).sqrt())
    s, term, k, y2 = Decimal(0), y, 0, y * y
    while abs(term) > Decimal(10) ** -110:
        s += term / (2 * k + 1) * (1 if k % 2 == 0 else -1)
        term *= y2
        k += 1
    return 4 * s

out = []
def const(name, value): out.append(f"static const double {name} = {hexd(value)};")

pio2 = PI / 2
# Cody-Waite pi/2 in four pieces: three of 33 bits (n * piece exact for n < 2^20) and a rounded tail.
p1 = truncate_bits(pio2, 33); r = pio2 - Decimal(p1)
p2 = truncate_bits(r, 33); r -= Decimal(p2)
p3 = truncate_bits(r, 33); r -= Decimal(p3)
p4 = float(r)
for n, v in (("PIO2_1", p1), ("PIO2_2", p2), ("PIO2_3", p3), ("PIO2_4", p4)): const(n, v)
h, l = split(pio2); const("PIO2_HI", h); const("PIO2_LO", l)
h, l = split(PI); const("PI_HI", h); const("PI_LO", l)
const("INV_PIO2", float(2 / PI))

ln2 = Decimal(2).ln()
ln2_hi = truncate_bits(ln2, 32); const("LN2_HI32", ln2_hi); const("LN2_LO32", float(ln2 - Decimal(ln2_hi)))
h, l = split(ln2); const("LN2_HI", h); const("LN2_LO", l)
const("INV_LN2", float(1 / ln2))
h, l = split(1 / ln2); const("INV_LN2_HI", h); const("INV_LN2_LO", l)
ln10 = Decimal(10).ln()
h, l = split(ln10); const("LN10_HI", h); const("LN10_LO", l)
h, l = split(1 / ln10); const("INV_LN10_HI", h); const("INV_LN10_LO", l)
lg2 = Decimal(2).log10()
lg2_hi = truncate_bits(lg2, 32); const("LOG10_2_HI32", lg2_hi); const("LOG10_2_LO32", float(lg2 - Decimal(lg2_hi)))
const("LOG2_10", float(1 / lg2))

# 2/pi bits: word k holds bits 32k+1 .. 32k+32 after the binary point.
WORDS = 40
two_over_pi_fixed = (2 << (2 * BITS)) // PI_FIXED        # 2/pi * 2**BITS
words = [(two_over_pi_fixed >> (BITS - 32 * (k + 1))) & 0xffffffff for k in range(WORDS)]
out.append(f"static const uint32_t TWO_OVER_PI_BITS[{WORDS + 4}] = {{")
out.append("  " + ", ".join(f"0x{w:08x}u" for w in words + [0, 0, 0, 0]) + "};")

# log table: for m in [asdouble(OFF + i<<45), asdouble(OFF + (i+1)<<45)), invc ~ 1/midpoint,
# logc = -log(invc) exactly as hi + lo. The interval holding 1.0 uses invc = 1 so log is exact near 1.
OFF = 0x3fe6955500000000
invc, logc_hi, logc_lo = [], [], []
for i in range(128):
    a = asdouble(OFF + (i << 45)); b = asdouble(OFF + ((i + 1) << 45))
    ic = 1.0 if a <= 1.0 < b else float(1 / ((Decimal(a) + Decimal(b)) / 2))
    v = -Decimal(ic).ln()
    h, l = split(v)
    invc.append(ic); logc_hi.append(h); logc_lo.append(l)
for name, arr in (("LOG_INVC", invc), ("LOG_LOGC_HI", logc_hi), ("LOG_LOGC_LO", logc_lo)):
    out.append(f"static const double {name}[128] = {{")
    for k in range(0, 128, 4): out.append("  " + ", ".join(hexd(x) for x in arr[k:k + 4]) + ",")
    out.append("};")

# exp table: 2^(j/128) for j = 0..127 as hi + lo (exp_dd_gen: e^x = 2^k 2^(j/128) e^r).
exp_hi, exp_lo = [], []
for j in range(128):
    h, l = split((Decimal(j) / 128 * ln2).exp())
    exp_hi.append(h); exp_lo.append(l)
for name, arr in (("EXP_T_HI", exp_hi), ("EXP_T_LO", exp_lo)):
    out.append(f"static const double {name}[128] = {{")
    for k in range(0, 128, 4): out.append("  " + ", ".join(hexd(x) for x in arr[k:k + 4]) + ",")
    out.append("};")

# atan(j/8) and pi/2 - atan(j/8) for j = 0..8 as hi + lo.
at_hi, at_lo, bt_hi, bt_lo = [], [], [], []
for j in range(9):
    a = atan_dec(Decimal(j) / 8)
    h, l = split(a); at_hi.append(h); at_lo.append(l)
    h, l = split(pio2 - a); bt_hi.append(h); bt_lo.append(l)
for name, arr in (("ATAN_HI", at_hi), ("ATAN_LO", at_lo), ("ACOT_HI", bt_hi), ("ACOT_LO", bt_lo)):
    out.append(f"static const double {name}[9] = {{ " + ", ".join(hexd(x) for x in arr) + " };")

header = ("// Generated by gen_tables.py: constants of the PyIR math library that need more than double\n"
          "// precision to derive. Do not edit by hand.\n#include <stdint.h>\n")
open(__file__.rsplit('/', 1)[0] + "/mathlib_tables.h", "w").write(header + "\n".join(out) + "\n")
