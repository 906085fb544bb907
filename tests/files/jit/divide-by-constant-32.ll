; Division and remainder by constants (udiv/sdiv/urem/srem on i32, i8, i16): the JIT
; multiplies by magic numbers instead of dividing; every value here was computed independently
; (Python integers, C truncating division). Inputs: the boundaries (INT_MIN, -1, 0, 1, INT_MAX, ...)
; of each width, read as unsigned for udiv/urem. -O0 so the JIT sees the divisions as written;
; the file tests also run every line on the interpreter. See also the
; brute-force comparison in tests/PyIR.Tests/Jit/DivideByConstantTests.cs.
; RUN: pyir run -O0 %s --entry udiv32 -2147483648
; CHECK: [i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 357913941, i32 153391689, i32 85899345, i32 3350208, i32 1, i32 0, i32 0, i32 0, i32 -2147483648, i32 134217728, i32 1]
; RUN: pyir run -O0 %s --entry udiv32 -2147483647
; CHECK-NEXT: [i32 715827883, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 357913941, i32 153391689, i32 85899345, i32 3350208, i32 1, i32 1, i32 0, i32 0, i32 -2147483647, i32 134217728, i32 1]
; RUN: pyir run -O0 %s --entry udiv32 -1
; CHECK-NEXT: [i32 1431655765, i32 613566756, i32 429496729, i32 44278013, i32 4294, i32 715827882, i32 306783378, i32 171798691, i32 6700416, i32 2, i32 1, i32 1, i32 1, i32 -1, i32 268435455, i32 1]
; RUN: pyir run -O0 %s --entry udiv32 0
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry udiv32 1
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry udiv32 2147483647
; CHECK-NEXT: [i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 357913941, i32 153391689, i32 85899345, i32 3350208, i32 1, i32 0, i32 0, i32 0, i32 2147483647, i32 134217727, i32 0]
; RUN: pyir run -O0 %s --entry udiv32 2147483646
; CHECK-NEXT: [i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 357913941, i32 153391689, i32 85899345, i32 3350208, i32 0, i32 0, i32 0, i32 0, i32 2147483646, i32 134217727, i32 0]
; RUN: pyir run -O0 %s --entry udiv32 -97
; CHECK-NEXT: [i32 1431655733, i32 613566742, i32 429496719, i32 44278012, i32 4294, i32 715827866, i32 306783371, i32 171798687, i32 6700416, i32 1, i32 1, i32 0, i32 0, i32 -97, i32 268435449, i32 1]
; RUN: pyir run -O0 %s --entry udiv32 97000290
; CHECK-NEXT: [i32 32333430, i32 13857184, i32 9700029, i32 1000002, i32 96, i32 16166715, i32 6928592, i32 3880011, i32 151326, i32 0, i32 0, i32 0, i32 0, i32 97000290, i32 6062518, i32 0]
; RUN: pyir run -O0 %s --entry udiv32 -291
; CHECK-NEXT: [i32 1431655668, i32 613566715, i32 429496700, i32 44278010, i32 4294, i32 715827834, i32 306783357, i32 171798680, i32 6700416, i32 1, i32 1, i32 0, i32 0, i32 -291, i32 268435437, i32 1]
; RUN: pyir run -O0 %s --entry urem32 -2147483648
; CHECK-NEXT: [i32 2, i32 2, i32 8, i32 66, i32 477207, i32 2, i32 2, i32 23, i32 320, i32 1, i32 -2147483648, i32 -2147483648, i32 -2147483648, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry urem32 -2147483647
; CHECK-NEXT: [i32 0, i32 3, i32 9, i32 67, i32 477208, i32 3, i32 3, i32 24, i32 321, i32 2, i32 0, i32 -2147483647, i32 -2147483647, i32 0, i32 1, i32 1]
; RUN: pyir run -O0 %s --entry urem32 -1
; CHECK-NEXT: [i32 0, i32 3, i32 5, i32 34, i32 954413, i32 3, i32 3, i32 20, i32 639, i32 1, i32 2147483646, i32 1, i32 0, i32 0, i32 15, i32 2147483647]
; RUN: pyir run -O0 %s --entry urem32 0
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry urem32 1
; CHECK-NEXT: [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1]
; RUN: pyir run -O0 %s --entry urem32 2147483647
; CHECK-NEXT: [i32 1, i32 1, i32 7, i32 65, i32 477206, i32 1, i32 1, i32 22, i32 319, i32 0, i32 2147483647, i32 2147483647, i32 2147483647, i32 0, i32 15, i32 2147483647]
; RUN: pyir run -O0 %s --entry urem32 2147483646
; CHECK-NEXT: [i32 0, i32 0, i32 6, i32 64, i32 477205, i32 0, i32 0, i32 21, i32 318, i32 2147483646, i32 2147483646, i32 2147483646, i32 2147483646, i32 0, i32 14, i32 2147483646]
; RUN: pyir run -O0 %s --entry urem32 -97
; CHECK-NEXT: [i32 0, i32 5, i32 9, i32 35, i32 954317, i32 3, i32 5, i32 24, i32 543, i32 2147483552, i32 2147483550, i32 -97, i32 -97, i32 0, i32 15, i32 2147483551]
; RUN: pyir run -O0 %s --entry urem32 97000290
; CHECK-NEXT: [i32 0, i32 2, i32 0, i32 96, i32 1000002, i32 0, i32 2, i32 15, i32 324, i32 97000290, i32 97000290, i32 97000290, i32 97000290, i32 0, i32 2, i32 97000290]
; RUN: pyir run -O0 %s --entry urem32 -291
; CHECK-NEXT: [i32 1, i32 0, i32 5, i32 35, i32 954123, i32 1, i32 7, i32 5, i32 349, i32 2147483358, i32 2147483356, i32 -291, i32 -291, i32 0, i32 13, i32 2147483357]
; RUN: pyir run -O0 %s --entry sdiv32 -2147483648
; CHECK-NEXT: [i32 -715827882, i32 -306783378, i32 -214748364, i32 -22139006, i32 -2147, i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 -357913941, i32 357913941, i32 -3350208, i32 -134217728, i32 134217728, i32 -1073741824, i32 1073741824, i32 -2147483648, i32 -1, i32 1, i32 1, i32 107374182, i32 51130563]
; RUN: pyir run -O0 %s --entry sdiv32 -2147483647
; CHECK-NEXT: [i32 -715827882, i32 -306783378, i32 -214748364, i32 -22139006, i32 -2147, i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 -357913941, i32 357913941, i32 -3350208, i32 -134217727, i32 134217727, i32 -1073741823, i32 1073741823, i32 -2147483647, i32 -1, i32 1, i32 0, i32 107374182, i32 51130563]
; RUN: pyir run -O0 %s --entry sdiv32 -1
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 -1, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry sdiv32 0
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry sdiv32 1
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry sdiv32 2147483647
; CHECK-NEXT: [i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 -715827882, i32 -306783378, i32 -214748364, i32 -22139006, i32 -2147, i32 357913941, i32 -357913941, i32 3350208, i32 134217727, i32 -134217727, i32 1073741823, i32 -1073741823, i32 2147483647, i32 1, i32 -1, i32 0, i32 -107374182, i32 -51130563]
; RUN: pyir run -O0 %s --entry sdiv32 2147483646
; CHECK-NEXT: [i32 715827882, i32 306783378, i32 214748364, i32 22139006, i32 2147, i32 -715827882, i32 -306783378, i32 -214748364, i32 -22139006, i32 -2147, i32 357913941, i32 -357913941, i32 3350208, i32 134217727, i32 -134217727, i32 1073741823, i32 -1073741823, i32 2147483646, i32 0, i32 0, i32 0, i32 -107374182, i32 -51130563]
; RUN: pyir run -O0 %s --entry sdiv32 -97
; CHECK-NEXT: [i32 -32, i32 -13, i32 -9, i32 -1, i32 0, i32 32, i32 13, i32 9, i32 1, i32 0, i32 -16, i32 16, i32 0, i32 -6, i32 6, i32 -48, i32 48, i32 -97, i32 0, i32 0, i32 0, i32 4, i32 2]
; RUN: pyir run -O0 %s --entry sdiv32 97000290
; CHECK-NEXT: [i32 32333430, i32 13857184, i32 9700029, i32 1000002, i32 96, i32 -32333430, i32 -13857184, i32 -9700029, i32 -1000002, i32 -96, i32 16166715, i32 -16166715, i32 151326, i32 6062518, i32 -6062518, i32 48500145, i32 -48500145, i32 97000290, i32 0, i32 0, i32 0, i32 -4850014, i32 -2309530]
; RUN: pyir run -O0 %s --entry sdiv32 -291
; CHECK-NEXT: [i32 -97, i32 -41, i32 -29, i32 -3, i32 0, i32 97, i32 41, i32 29, i32 3, i32 0, i32 -48, i32 48, i32 0, i32 -18, i32 18, i32 -145, i32 145, i32 -291, i32 0, i32 0, i32 0, i32 14, i32 6]
; RUN: pyir run -O0 %s --entry srem32 -2147483648
; CHECK-NEXT: [i32 -2, i32 -2, i32 -8, i32 -66, i32 -477207, i32 -2, i32 -2, i32 -8, i32 -66, i32 -477207, i32 -2, i32 -2, i32 -320, i32 0, i32 0, i32 0, i32 0, i32 0, i32 -1, i32 -1, i32 0, i32 -8, i32 -2]
; RUN: pyir run -O0 %s --entry srem32 -2147483647
; CHECK-NEXT: [i32 -1, i32 -1, i32 -7, i32 -65, i32 -477206, i32 -1, i32 -1, i32 -7, i32 -65, i32 -477206, i32 -1, i32 -1, i32 -319, i32 -15, i32 -15, i32 -1, i32 -1, i32 0, i32 0, i32 0, i32 -2147483647, i32 -7, i32 -1]
; RUN: pyir run -O0 %s --entry srem32 -1
; CHECK-NEXT: [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 0, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1]
; RUN: pyir run -O0 %s --entry srem32 0
; CHECK-NEXT: [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
; RUN: pyir run -O0 %s --entry srem32 1
; CHECK-NEXT: [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1, i32 1, i32 1]
; RUN: pyir run -O0 %s --entry srem32 2147483647
; CHECK-NEXT: [i32 1, i32 1, i32 7, i32 65, i32 477206, i32 1, i32 1, i32 7, i32 65, i32 477206, i32 1, i32 1, i32 319, i32 15, i32 15, i32 1, i32 1, i32 0, i32 0, i32 0, i32 2147483647, i32 7, i32 1]
; RUN: pyir run -O0 %s --entry srem32 2147483646
; CHECK-NEXT: [i32 0, i32 0, i32 6, i32 64, i32 477205, i32 0, i32 0, i32 6, i32 64, i32 477205, i32 0, i32 0, i32 318, i32 14, i32 14, i32 0, i32 0, i32 0, i32 2147483646, i32 2147483646, i32 2147483646, i32 6, i32 0]
; RUN: pyir run -O0 %s --entry srem32 -97
; CHECK-NEXT: [i32 -1, i32 -6, i32 -7, i32 0, i32 -97, i32 -1, i32 -6, i32 -7, i32 0, i32 -97, i32 -1, i32 -1, i32 -97, i32 -1, i32 -1, i32 -1, i32 -1, i32 0, i32 -97, i32 -97, i32 -97, i32 -17, i32 -13]
; RUN: pyir run -O0 %s --entry srem32 97000290
; CHECK-NEXT: [i32 0, i32 2, i32 0, i32 96, i32 1000002, i32 0, i32 2, i32 0, i32 96, i32 1000002, i32 0, i32 0, i32 324, i32 2, i32 2, i32 0, i32 0, i32 0, i32 97000290, i32 97000290, i32 97000290, i32 10, i32 30]
; RUN: pyir run -O0 %s --entry srem32 -291
; CHECK-NEXT: [i32 0, i32 -4, i32 -1, i32 0, i32 -291, i32 0, i32 -4, i32 -1, i32 0, i32 -291, i32 -3, i32 -3, i32 -291, i32 -3, i32 -3, i32 -1, i32 -1, i32 0, i32 -291, i32 -291, i32 -291, i32 -11, i32 -39]
; RUN: pyir run -O0 %s --entry udiv8 -128
; CHECK-NEXT: [i8 42, i8 18, i8 12, i8 1, i8 0, i8 0, i8 21]
; RUN: pyir run -O0 %s --entry udiv8 -127
; CHECK-NEXT: [i8 43, i8 18, i8 12, i8 1, i8 0, i8 0, i8 21]
; RUN: pyir run -O0 %s --entry udiv8 -1
; CHECK-NEXT: [i8 85, i8 36, i8 25, i8 2, i8 1, i8 1, i8 42]
; RUN: pyir run -O0 %s --entry udiv8 0
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry udiv8 1
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry udiv8 127
; CHECK-NEXT: [i8 42, i8 18, i8 12, i8 1, i8 0, i8 0, i8 21]
; RUN: pyir run -O0 %s --entry udiv8 126
; CHECK-NEXT: [i8 42, i8 18, i8 12, i8 1, i8 0, i8 0, i8 21]
; RUN: pyir run -O0 %s --entry udiv8 -97
; CHECK-NEXT: [i8 53, i8 22, i8 15, i8 1, i8 0, i8 0, i8 26]
; RUN: pyir run -O0 %s --entry udiv8 96
; CHECK-NEXT: [i8 32, i8 13, i8 9, i8 0, i8 0, i8 0, i8 16]
; RUN: pyir run -O0 %s --entry udiv8 -21
; CHECK-NEXT: [i8 78, i8 33, i8 23, i8 2, i8 1, i8 0, i8 39]
; RUN: pyir run -O0 %s --entry urem8 -128
; CHECK-NEXT: [i8 2, i8 2, i8 8, i8 28, i8 -128, i8 -128, i8 2]
; RUN: pyir run -O0 %s --entry urem8 -127
; CHECK-NEXT: [i8 0, i8 3, i8 9, i8 29, i8 -127, i8 -127, i8 3]
; RUN: pyir run -O0 %s --entry urem8 -1
; CHECK-NEXT: [i8 0, i8 3, i8 5, i8 55, i8 55, i8 0, i8 3]
; RUN: pyir run -O0 %s --entry urem8 0
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry urem8 1
; CHECK-NEXT: [i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1]
; RUN: pyir run -O0 %s --entry urem8 127
; CHECK-NEXT: [i8 1, i8 1, i8 7, i8 27, i8 127, i8 127, i8 1]
; RUN: pyir run -O0 %s --entry urem8 126
; CHECK-NEXT: [i8 0, i8 0, i8 6, i8 26, i8 126, i8 126, i8 0]
; RUN: pyir run -O0 %s --entry urem8 -97
; CHECK-NEXT: [i8 0, i8 5, i8 9, i8 59, i8 -97, i8 -97, i8 3]
; RUN: pyir run -O0 %s --entry urem8 96
; CHECK-NEXT: [i8 0, i8 5, i8 6, i8 96, i8 96, i8 96, i8 0]
; RUN: pyir run -O0 %s --entry urem8 -21
; CHECK-NEXT: [i8 1, i8 4, i8 5, i8 35, i8 35, i8 -21, i8 1]
; RUN: pyir run -O0 %s --entry sdiv8 -128
; CHECK-NEXT: [i8 -42, i8 -18, i8 42, i8 18, i8 -12, i8 -1, i8 1, i8 -1, i8 1, i8 -128, i8 -64, i8 64]
; RUN: pyir run -O0 %s --entry sdiv8 -127
; CHECK-NEXT: [i8 -42, i8 -18, i8 42, i8 18, i8 -12, i8 -1, i8 1, i8 -1, i8 0, i8 -127, i8 -63, i8 63]
; RUN: pyir run -O0 %s --entry sdiv8 -1
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -1, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry sdiv8 0
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry sdiv8 1
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 1, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry sdiv8 127
; CHECK-NEXT: [i8 42, i8 18, i8 -42, i8 -18, i8 12, i8 1, i8 -1, i8 1, i8 0, i8 127, i8 63, i8 -63]
; RUN: pyir run -O0 %s --entry sdiv8 126
; CHECK-NEXT: [i8 42, i8 18, i8 -42, i8 -18, i8 12, i8 1, i8 -1, i8 0, i8 0, i8 126, i8 63, i8 -63]
; RUN: pyir run -O0 %s --entry sdiv8 -97
; CHECK-NEXT: [i8 -32, i8 -13, i8 32, i8 13, i8 -9, i8 0, i8 0, i8 0, i8 0, i8 -97, i8 -48, i8 48]
; RUN: pyir run -O0 %s --entry sdiv8 96
; CHECK-NEXT: [i8 32, i8 13, i8 -32, i8 -13, i8 9, i8 0, i8 0, i8 0, i8 0, i8 96, i8 48, i8 -48]
; RUN: pyir run -O0 %s --entry sdiv8 -21
; CHECK-NEXT: [i8 -7, i8 -3, i8 7, i8 3, i8 -2, i8 0, i8 0, i8 0, i8 0, i8 -21, i8 -10, i8 10]
; RUN: pyir run -O0 %s --entry srem8 -128
; CHECK-NEXT: [i8 -2, i8 -2, i8 -2, i8 -2, i8 -8, i8 -28, i8 -28, i8 -1, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry srem8 -127
; CHECK-NEXT: [i8 -1, i8 -1, i8 -1, i8 -1, i8 -7, i8 -27, i8 -27, i8 0, i8 -127, i8 0, i8 -1, i8 -1]
; RUN: pyir run -O0 %s --entry srem8 -1
; CHECK-NEXT: [i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 0, i8 -1, i8 -1]
; RUN: pyir run -O0 %s --entry srem8 0
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry srem8 1
; CHECK-NEXT: [i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 0, i8 1, i8 1]
; RUN: pyir run -O0 %s --entry srem8 127
; CHECK-NEXT: [i8 1, i8 1, i8 1, i8 1, i8 7, i8 27, i8 27, i8 0, i8 127, i8 0, i8 1, i8 1]
; RUN: pyir run -O0 %s --entry srem8 126
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 6, i8 26, i8 26, i8 126, i8 126, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry srem8 -97
; CHECK-NEXT: [i8 -1, i8 -6, i8 -1, i8 -6, i8 -7, i8 -97, i8 -97, i8 -97, i8 -97, i8 0, i8 -1, i8 -1]
; RUN: pyir run -O0 %s --entry srem8 96
; CHECK-NEXT: [i8 0, i8 5, i8 0, i8 5, i8 6, i8 96, i8 96, i8 96, i8 96, i8 0, i8 0, i8 0]
; RUN: pyir run -O0 %s --entry srem8 -21
; CHECK-NEXT: [i8 0, i8 0, i8 0, i8 0, i8 -1, i8 -21, i8 -21, i8 -21, i8 -21, i8 0, i8 -1, i8 -1]
; RUN: pyir run -O0 %s --entry udiv16 -32768
; CHECK-NEXT: [i16 10922, i16 4681, i16 655, i16 32, i16 0, i16 0, i16 5461, i16 2340]
; RUN: pyir run -O0 %s --entry udiv16 -32767
; CHECK-NEXT: [i16 10923, i16 4681, i16 655, i16 32, i16 0, i16 0, i16 5461, i16 2340]
; RUN: pyir run -O0 %s --entry udiv16 -1
; CHECK-NEXT: [i16 21845, i16 9362, i16 1310, i16 65, i16 1, i16 1, i16 10922, i16 4681]
; RUN: pyir run -O0 %s --entry udiv16 0
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry udiv16 1
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry udiv16 32767
; CHECK-NEXT: [i16 10922, i16 4681, i16 655, i16 32, i16 0, i16 0, i16 5461, i16 2340]
; RUN: pyir run -O0 %s --entry udiv16 32766
; CHECK-NEXT: [i16 10922, i16 4680, i16 655, i16 32, i16 0, i16 0, i16 5461, i16 2340]
; RUN: pyir run -O0 %s --entry udiv16 -97
; CHECK-NEXT: [i16 21813, i16 9348, i16 1308, i16 65, i16 1, i16 0, i16 10906, i16 4674]
; RUN: pyir run -O0 %s --entry udiv16 96
; CHECK-NEXT: [i16 32, i16 13, i16 1, i16 0, i16 0, i16 0, i16 16, i16 6]
; RUN: pyir run -O0 %s --entry udiv16 -291
; CHECK-NEXT: [i16 21748, i16 9320, i16 1304, i16 65, i16 1, i16 0, i16 10874, i16 4660]
; RUN: pyir run -O0 %s --entry urem16 -32768
; CHECK-NEXT: [i16 2, i16 1, i16 18, i16 768, i16 -32768, i16 -32768, i16 2, i16 8]
; RUN: pyir run -O0 %s --entry urem16 -32767
; CHECK-NEXT: [i16 0, i16 2, i16 19, i16 769, i16 -32767, i16 -32767, i16 3, i16 9]
; RUN: pyir run -O0 %s --entry urem16 -1
; CHECK-NEXT: [i16 0, i16 1, i16 35, i16 535, i16 25535, i16 0, i16 3, i16 1]
; RUN: pyir run -O0 %s --entry urem16 0
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry urem16 1
; CHECK-NEXT: [i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1]
; RUN: pyir run -O0 %s --entry urem16 32767
; CHECK-NEXT: [i16 1, i16 0, i16 17, i16 767, i16 32767, i16 32767, i16 1, i16 7]
; RUN: pyir run -O0 %s --entry urem16 32766
; CHECK-NEXT: [i16 0, i16 6, i16 16, i16 766, i16 32766, i16 32766, i16 0, i16 6]
; RUN: pyir run -O0 %s --entry urem16 -97
; CHECK-NEXT: [i16 0, i16 3, i16 39, i16 439, i16 25439, i16 -97, i16 3, i16 3]
; RUN: pyir run -O0 %s --entry urem16 96
; CHECK-NEXT: [i16 0, i16 5, i16 46, i16 96, i16 96, i16 96, i16 0, i16 12]
; RUN: pyir run -O0 %s --entry urem16 -291
; CHECK-NEXT: [i16 1, i16 5, i16 45, i16 245, i16 25245, i16 -291, i16 1, i16 5]
; RUN: pyir run -O0 %s --entry sdiv16 -32768
; CHECK-NEXT: [i16 -10922, i16 10922, i16 -4681, i16 -655, i16 655, i16 -32, i16 -1, i16 1, i16 -5461]
; RUN: pyir run -O0 %s --entry sdiv16 -32767
; CHECK-NEXT: [i16 -10922, i16 10922, i16 -4681, i16 -655, i16 655, i16 -32, i16 -1, i16 0, i16 -5461]
; RUN: pyir run -O0 %s --entry sdiv16 -1
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry sdiv16 0
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry sdiv16 1
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry sdiv16 32767
; CHECK-NEXT: [i16 10922, i16 -10922, i16 4681, i16 655, i16 -655, i16 32, i16 1, i16 0, i16 5461]
; RUN: pyir run -O0 %s --entry sdiv16 32766
; CHECK-NEXT: [i16 10922, i16 -10922, i16 4680, i16 655, i16 -655, i16 32, i16 0, i16 0, i16 5461]
; RUN: pyir run -O0 %s --entry sdiv16 -97
; CHECK-NEXT: [i16 -32, i16 32, i16 -13, i16 -1, i16 1, i16 0, i16 0, i16 0, i16 -16]
; RUN: pyir run -O0 %s --entry sdiv16 96
; CHECK-NEXT: [i16 32, i16 -32, i16 13, i16 1, i16 -1, i16 0, i16 0, i16 0, i16 16]
; RUN: pyir run -O0 %s --entry sdiv16 -291
; CHECK-NEXT: [i16 -97, i16 97, i16 -41, i16 -5, i16 5, i16 0, i16 0, i16 0, i16 -48]
; RUN: pyir run -O0 %s --entry srem16 -32768
; CHECK-NEXT: [i16 -2, i16 -2, i16 -1, i16 -18, i16 -18, i16 -768, i16 -1, i16 0, i16 -2]
; RUN: pyir run -O0 %s --entry srem16 -32767
; CHECK-NEXT: [i16 -1, i16 -1, i16 0, i16 -17, i16 -17, i16 -767, i16 0, i16 -32767, i16 -1]
; RUN: pyir run -O0 %s --entry srem16 -1
; CHECK-NEXT: [i16 -1, i16 -1, i16 -1, i16 -1, i16 -1, i16 -1, i16 -1, i16 -1, i16 -1]
; RUN: pyir run -O0 %s --entry srem16 0
; CHECK-NEXT: [i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0]
; RUN: pyir run -O0 %s --entry srem16 1
; CHECK-NEXT: [i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1]
; RUN: pyir run -O0 %s --entry srem16 32767
; CHECK-NEXT: [i16 1, i16 1, i16 0, i16 17, i16 17, i16 767, i16 0, i16 32767, i16 1]
; RUN: pyir run -O0 %s --entry srem16 32766
; CHECK-NEXT: [i16 0, i16 0, i16 6, i16 16, i16 16, i16 766, i16 32766, i16 32766, i16 0]
; RUN: pyir run -O0 %s --entry srem16 -97
; CHECK-NEXT: [i16 -1, i16 -1, i16 -6, i16 -47, i16 -47, i16 -97, i16 -97, i16 -97, i16 -1]
; RUN: pyir run -O0 %s --entry srem16 96
; CHECK-NEXT: [i16 0, i16 0, i16 5, i16 46, i16 46, i16 96, i16 96, i16 96, i16 0]
; RUN: pyir run -O0 %s --entry srem16 -291
; CHECK-NEXT: [i16 0, i16 0, i16 -4, i16 -41, i16 -41, i16 -291, i16 -291, i16 -291, i16 -3]
define [16 x i32] @udiv32(i32 %x) {
  %r0 = udiv i32 %x, 3
  %a0 = insertvalue [16 x i32] undef, i32 %r0, 0
  %r1 = udiv i32 %x, 7
  %a1 = insertvalue [16 x i32] %a0, i32 %r1, 1
  %r2 = udiv i32 %x, 10
  %a2 = insertvalue [16 x i32] %a1, i32 %r2, 2
  %r3 = udiv i32 %x, 97
  %a3 = insertvalue [16 x i32] %a2, i32 %r3, 3
  %r4 = udiv i32 %x, 1000003
  %a4 = insertvalue [16 x i32] %a3, i32 %r4, 4
  %r5 = udiv i32 %x, 6
  %a5 = insertvalue [16 x i32] %a4, i32 %r5, 5
  %r6 = udiv i32 %x, 14
  %a6 = insertvalue [16 x i32] %a5, i32 %r6, 6
  %r7 = udiv i32 %x, 25
  %a7 = insertvalue [16 x i32] %a6, i32 %r7, 7
  %r8 = udiv i32 %x, 641
  %a8 = insertvalue [16 x i32] %a7, i32 %r8, 8
  %r9 = udiv i32 %x, 2147483647
  %a9 = insertvalue [16 x i32] %a8, i32 %r9, 9
  %r10 = udiv i32 %x, -2147483647
  %a10 = insertvalue [16 x i32] %a9, i32 %r10, 10
  %r11 = udiv i32 %x, -2
  %a11 = insertvalue [16 x i32] %a10, i32 %r11, 11
  %r12 = udiv i32 %x, -1
  %a12 = insertvalue [16 x i32] %a11, i32 %r12, 12
  %r13 = udiv i32 %x, 1
  %a13 = insertvalue [16 x i32] %a12, i32 %r13, 13
  %r14 = udiv i32 %x, 16
  %a14 = insertvalue [16 x i32] %a13, i32 %r14, 14
  %r15 = udiv i32 %x, -2147483648
  %a15 = insertvalue [16 x i32] %a14, i32 %r15, 15
  ret [16 x i32] %a15
}

define [16 x i32] @urem32(i32 %x) {
  %r0 = urem i32 %x, 3
  %a0 = insertvalue [16 x i32] undef, i32 %r0, 0
  %r1 = urem i32 %x, 7
  %a1 = insertvalue [16 x i32] %a0, i32 %r1, 1
  %r2 = urem i32 %x, 10
  %a2 = insertvalue [16 x i32] %a1, i32 %r2, 2
  %r3 = urem i32 %x, 97
  %a3 = insertvalue [16 x i32] %a2, i32 %r3, 3
  %r4 = urem i32 %x, 1000003
  %a4 = insertvalue [16 x i32] %a3, i32 %r4, 4
  %r5 = urem i32 %x, 6
  %a5 = insertvalue [16 x i32] %a4, i32 %r5, 5
  %r6 = urem i32 %x, 14
  %a6 = insertvalue [16 x i32] %a5, i32 %r6, 6
  %r7 = urem i32 %x, 25
  %a7 = insertvalue [16 x i32] %a6, i32 %r7, 7
  %r8 = urem i32 %x, 641
  %a8 = insertvalue [16 x i32] %a7, i32 %r8, 8
  %r9 = urem i32 %x, 2147483647
  %a9 = insertvalue [16 x i32] %a8, i32 %r9, 9
  %r10 = urem i32 %x, -2147483647
  %a10 = insertvalue [16 x i32] %a9, i32 %r10, 10
  %r11 = urem i32 %x, -2
  %a11 = insertvalue [16 x i32] %a10, i32 %r11, 11
  %r12 = urem i32 %x, -1
  %a12 = insertvalue [16 x i32] %a11, i32 %r12, 12
  %r13 = urem i32 %x, 1
  %a13 = insertvalue [16 x i32] %a12, i32 %r13, 13
  %r14 = urem i32 %x, 16
  %a14 = insertvalue [16 x i32] %a13, i32 %r14, 14
  %r15 = urem i32 %x, -2147483648
  %a15 = insertvalue [16 x i32] %a14, i32 %r15, 15
  ret [16 x i32] %a15
}

define [23 x i32] @sdiv32(i32 %x) {
  %r0 = sdiv i32 %x, 3
  %a0 = insertvalue [23 x i32] undef, i32 %r0, 0
  %r1 = sdiv i32 %x, 7
  %a1 = insertvalue [23 x i32] %a0, i32 %r1, 1
  %r2 = sdiv i32 %x, 10
  %a2 = insertvalue [23 x i32] %a1, i32 %r2, 2
  %r3 = sdiv i32 %x, 97
  %a3 = insertvalue [23 x i32] %a2, i32 %r3, 3
  %r4 = sdiv i32 %x, 1000003
  %a4 = insertvalue [23 x i32] %a3, i32 %r4, 4
  %r5 = sdiv i32 %x, -3
  %a5 = insertvalue [23 x i32] %a4, i32 %r5, 5
  %r6 = sdiv i32 %x, -7
  %a6 = insertvalue [23 x i32] %a5, i32 %r6, 6
  %r7 = sdiv i32 %x, -10
  %a7 = insertvalue [23 x i32] %a6, i32 %r7, 7
  %r8 = sdiv i32 %x, -97
  %a8 = insertvalue [23 x i32] %a7, i32 %r8, 8
  %r9 = sdiv i32 %x, -1000003
  %a9 = insertvalue [23 x i32] %a8, i32 %r9, 9
  %r10 = sdiv i32 %x, 6
  %a10 = insertvalue [23 x i32] %a9, i32 %r10, 10
  %r11 = sdiv i32 %x, -6
  %a11 = insertvalue [23 x i32] %a10, i32 %r11, 11
  %r12 = sdiv i32 %x, 641
  %a12 = insertvalue [23 x i32] %a11, i32 %r12, 12
  %r13 = sdiv i32 %x, 16
  %a13 = insertvalue [23 x i32] %a12, i32 %r13, 13
  %r14 = sdiv i32 %x, -16
  %a14 = insertvalue [23 x i32] %a13, i32 %r14, 14
  %r15 = sdiv i32 %x, 2
  %a15 = insertvalue [23 x i32] %a14, i32 %r15, 15
  %r16 = sdiv i32 %x, -2
  %a16 = insertvalue [23 x i32] %a15, i32 %r16, 16
  %r17 = sdiv i32 %x, 1
  %a17 = insertvalue [23 x i32] %a16, i32 %r17, 17
  %r18 = sdiv i32 %x, 2147483647
  %a18 = insertvalue [23 x i32] %a17, i32 %r18, 18
  %r19 = sdiv i32 %x, -2147483647
  %a19 = insertvalue [23 x i32] %a18, i32 %r19, 19
  %r20 = sdiv i32 %x, -2147483648
  %a20 = insertvalue [23 x i32] %a19, i32 %r20, 20
  %r21 = sdiv i32 %x, -20
  %a21 = insertvalue [23 x i32] %a20, i32 %r21, 21
  %r22 = sdiv i32 %x, -42
  %a22 = insertvalue [23 x i32] %a21, i32 %r22, 22
  ret [23 x i32] %a22
}

define [23 x i32] @srem32(i32 %x) {
  %r0 = srem i32 %x, 3
  %a0 = insertvalue [23 x i32] undef, i32 %r0, 0
  %r1 = srem i32 %x, 7
  %a1 = insertvalue [23 x i32] %a0, i32 %r1, 1
  %r2 = srem i32 %x, 10
  %a2 = insertvalue [23 x i32] %a1, i32 %r2, 2
  %r3 = srem i32 %x, 97
  %a3 = insertvalue [23 x i32] %a2, i32 %r3, 3
  %r4 = srem i32 %x, 1000003
  %a4 = insertvalue [23 x i32] %a3, i32 %r4, 4
  %r5 = srem i32 %x, -3
  %a5 = insertvalue [23 x i32] %a4, i32 %r5, 5
  %r6 = srem i32 %x, -7
  %a6 = insertvalue [23 x i32] %a5, i32 %r6, 6
  %r7 = srem i32 %x, -10
  %a7 = insertvalue [23 x i32] %a6, i32 %r7, 7
  %r8 = srem i32 %x, -97
  %a8 = insertvalue [23 x i32] %a7, i32 %r8, 8
  %r9 = srem i32 %x, -1000003
  %a9 = insertvalue [23 x i32] %a8, i32 %r9, 9
  %r10 = srem i32 %x, 6
  %a10 = insertvalue [23 x i32] %a9, i32 %r10, 10
  %r11 = srem i32 %x, -6
  %a11 = insertvalue [23 x i32] %a10, i32 %r11, 11
  %r12 = srem i32 %x, 641
  %a12 = insertvalue [23 x i32] %a11, i32 %r12, 12
  %r13 = srem i32 %x, 16
  %a13 = insertvalue [23 x i32] %a12, i32 %r13, 13
  %r14 = srem i32 %x, -16
  %a14 = insertvalue [23 x i32] %a13, i32 %r14, 14
  %r15 = srem i32 %x, 2
  %a15 = insertvalue [23 x i32] %a14, i32 %r15, 15
  %r16 = srem i32 %x, -2
  %a16 = insertvalue [23 x i32] %a15, i32 %r16, 16
  %r17 = srem i32 %x, 1
  %a17 = insertvalue [23 x i32] %a16, i32 %r17, 17
  %r18 = srem i32 %x, 2147483647
  %a18 = insertvalue [23 x i32] %a17, i32 %r18, 18
  %r19 = srem i32 %x, -2147483647
  %a19 = insertvalue [23 x i32] %a18, i32 %r19, 19
  %r20 = srem i32 %x, -2147483648
  %a20 = insertvalue [23 x i32] %a19, i32 %r20, 20
  %r21 = srem i32 %x, -20
  %a21 = insertvalue [23 x i32] %a20, i32 %r21, 21
  %r22 = srem i32 %x, -42
  %a22 = insertvalue [23 x i32] %a21, i32 %r22, 22
  ret [23 x i32] %a22
}

define [7 x i8] @udiv8(i8 %x) {
  %r0 = udiv i8 %x, 3
  %a0 = insertvalue [7 x i8] undef, i8 %r0, 0
  %r1 = udiv i8 %x, 7
  %a1 = insertvalue [7 x i8] %a0, i8 %r1, 1
  %r2 = udiv i8 %x, 10
  %a2 = insertvalue [7 x i8] %a1, i8 %r2, 2
  %r3 = udiv i8 %x, 100
  %a3 = insertvalue [7 x i8] %a2, i8 %r3, 3
  %r4 = udiv i8 %x, -56
  %a4 = insertvalue [7 x i8] %a3, i8 %r4, 4
  %r5 = udiv i8 %x, -1
  %a5 = insertvalue [7 x i8] %a4, i8 %r5, 5
  %r6 = udiv i8 %x, 6
  %a6 = insertvalue [7 x i8] %a5, i8 %r6, 6
  ret [7 x i8] %a6
}

define [7 x i8] @urem8(i8 %x) {
  %r0 = urem i8 %x, 3
  %a0 = insertvalue [7 x i8] undef, i8 %r0, 0
  %r1 = urem i8 %x, 7
  %a1 = insertvalue [7 x i8] %a0, i8 %r1, 1
  %r2 = urem i8 %x, 10
  %a2 = insertvalue [7 x i8] %a1, i8 %r2, 2
  %r3 = urem i8 %x, 100
  %a3 = insertvalue [7 x i8] %a2, i8 %r3, 3
  %r4 = urem i8 %x, -56
  %a4 = insertvalue [7 x i8] %a3, i8 %r4, 4
  %r5 = urem i8 %x, -1
  %a5 = insertvalue [7 x i8] %a4, i8 %r5, 5
  %r6 = urem i8 %x, 6
  %a6 = insertvalue [7 x i8] %a5, i8 %r6, 6
  ret [7 x i8] %a6
}

define [12 x i8] @sdiv8(i8 %x) {
  %r0 = sdiv i8 %x, 3
  %a0 = insertvalue [12 x i8] undef, i8 %r0, 0
  %r1 = sdiv i8 %x, 7
  %a1 = insertvalue [12 x i8] %a0, i8 %r1, 1
  %r2 = sdiv i8 %x, -3
  %a2 = insertvalue [12 x i8] %a1, i8 %r2, 2
  %r3 = sdiv i8 %x, -7
  %a3 = insertvalue [12 x i8] %a2, i8 %r3, 3
  %r4 = sdiv i8 %x, 10
  %a4 = insertvalue [12 x i8] %a3, i8 %r4, 4
  %r5 = sdiv i8 %x, 100
  %a5 = insertvalue [12 x i8] %a4, i8 %r5, 5
  %r6 = sdiv i8 %x, -100
  %a6 = insertvalue [12 x i8] %a5, i8 %r6, 6
  %r7 = sdiv i8 %x, 127
  %a7 = insertvalue [12 x i8] %a6, i8 %r7, 7
  %r8 = sdiv i8 %x, -128
  %a8 = insertvalue [12 x i8] %a7, i8 %r8, 8
  %r9 = sdiv i8 %x, 1
  %a9 = insertvalue [12 x i8] %a8, i8 %r9, 9
  %r10 = sdiv i8 %x, 2
  %a10 = insertvalue [12 x i8] %a9, i8 %r10, 10
  %r11 = sdiv i8 %x, -2
  %a11 = insertvalue [12 x i8] %a10, i8 %r11, 11
  ret [12 x i8] %a11
}

define [12 x i8] @srem8(i8 %x) {
  %r0 = srem i8 %x, 3
  %a0 = insertvalue [12 x i8] undef, i8 %r0, 0
  %r1 = srem i8 %x, 7
  %a1 = insertvalue [12 x i8] %a0, i8 %r1, 1
  %r2 = srem i8 %x, -3
  %a2 = insertvalue [12 x i8] %a1, i8 %r2, 2
  %r3 = srem i8 %x, -7
  %a3 = insertvalue [12 x i8] %a2, i8 %r3, 3
  %r4 = srem i8 %x, 10
  %a4 = insertvalue [12 x i8] %a3, i8 %r4, 4
  %r5 = srem i8 %x, 100
  %a5 = insertvalue [12 x i8] %a4, i8 %r5, 5
  %r6 = srem i8 %x, -100
  %a6 = insertvalue [12 x i8] %a5, i8 %r6, 6
  %r7 = srem i8 %x, 127
  %a7 = insertvalue [12 x i8] %a6, i8 %r7, 7
  %r8 = srem i8 %x, -128
  %a8 = insertvalue [12 x i8] %a7, i8 %r8, 8
  %r9 = srem i8 %x, 1
  %a9 = insertvalue [12 x i8] %a8, i8 %r9, 9
  %r10 = srem i8 %x, 2
  %a10 = insertvalue [12 x i8] %a9, i8 %r10, 10
  %r11 = srem i8 %x, -2
  %a11 = insertvalue [12 x i8] %a10, i8 %r11, 11
  ret [12 x i8] %a11
}

define [8 x i16] @udiv16(i16 %x) {
  %r0 = udiv i16 %x, 3
  %a0 = insertvalue [8 x i16] undef, i16 %r0, 0
  %r1 = udiv i16 %x, 7
  %a1 = insertvalue [8 x i16] %a0, i16 %r1, 1
  %r2 = udiv i16 %x, 50
  %a2 = insertvalue [8 x i16] %a1, i16 %r2, 2
  %r3 = udiv i16 %x, 1000
  %a3 = insertvalue [8 x i16] %a2, i16 %r3, 3
  %r4 = udiv i16 %x, -25536
  %a4 = insertvalue [8 x i16] %a3, i16 %r4, 4
  %r5 = udiv i16 %x, -1
  %a5 = insertvalue [8 x i16] %a4, i16 %r5, 5
  %r6 = udiv i16 %x, 6
  %a6 = insertvalue [8 x i16] %a5, i16 %r6, 6
  %r7 = udiv i16 %x, 14
  %a7 = insertvalue [8 x i16] %a6, i16 %r7, 7
  ret [8 x i16] %a7
}

define [8 x i16] @urem16(i16 %x) {
  %r0 = urem i16 %x, 3
  %a0 = insertvalue [8 x i16] undef, i16 %r0, 0
  %r1 = urem i16 %x, 7
  %a1 = insertvalue [8 x i16] %a0, i16 %r1, 1
  %r2 = urem i16 %x, 50
  %a2 = insertvalue [8 x i16] %a1, i16 %r2, 2
  %r3 = urem i16 %x, 1000
  %a3 = insertvalue [8 x i16] %a2, i16 %r3, 3
  %r4 = urem i16 %x, -25536
  %a4 = insertvalue [8 x i16] %a3, i16 %r4, 4
  %r5 = urem i16 %x, -1
  %a5 = insertvalue [8 x i16] %a4, i16 %r5, 5
  %r6 = urem i16 %x, 6
  %a6 = insertvalue [8 x i16] %a5, i16 %r6, 6
  %r7 = urem i16 %x, 14
  %a7 = insertvalue [8 x i16] %a6, i16 %r7, 7
  ret [8 x i16] %a7
}

define [9 x i16] @sdiv16(i16 %x) {
  %r0 = sdiv i16 %x, 3
  %a0 = insertvalue [9 x i16] undef, i16 %r0, 0
  %r1 = sdiv i16 %x, -3
  %a1 = insertvalue [9 x i16] %a0, i16 %r1, 1
  %r2 = sdiv i16 %x, 7
  %a2 = insertvalue [9 x i16] %a1, i16 %r2, 2
  %r3 = sdiv i16 %x, 50
  %a3 = insertvalue [9 x i16] %a2, i16 %r3, 3
  %r4 = sdiv i16 %x, -50
  %a4 = insertvalue [9 x i16] %a3, i16 %r4, 4
  %r5 = sdiv i16 %x, 1000
  %a5 = insertvalue [9 x i16] %a4, i16 %r5, 5
  %r6 = sdiv i16 %x, 32767
  %a6 = insertvalue [9 x i16] %a5, i16 %r6, 6
  %r7 = sdiv i16 %x, -32768
  %a7 = insertvalue [9 x i16] %a6, i16 %r7, 7
  %r8 = sdiv i16 %x, 6
  %a8 = insertvalue [9 x i16] %a7, i16 %r8, 8
  ret [9 x i16] %a8
}

define [9 x i16] @srem16(i16 %x) {
  %r0 = srem i16 %x, 3
  %a0 = insertvalue [9 x i16] undef, i16 %r0, 0
  %r1 = srem i16 %x, -3
  %a1 = insertvalue [9 x i16] %a0, i16 %r1, 1
  %r2 = srem i16 %x, 7
  %a2 = insertvalue [9 x i16] %a1, i16 %r2, 2
  %r3 = srem i16 %x, 50
  %a3 = insertvalue [9 x i16] %a2, i16 %r3, 3
  %r4 = srem i16 %x, -50
  %a4 = insertvalue [9 x i16] %a3, i16 %r4, 4
  %r5 = srem i16 %x, 1000
  %a5 = insertvalue [9 x i16] %a4, i16 %r5, 5
  %r6 = srem i16 %x, 32767
  %a6 = insertvalue [9 x i16] %a5, i16 %r6, 6
  %r7 = srem i16 %x, -32768
  %a7 = insertvalue [9 x i16] %a6, i16 %r7, 7
  %r8 = srem i16 %x, 6
  %a8 = insertvalue [9 x i16] %a7, i16 %r8, 8
  ret [9 x i16] %a8
}
