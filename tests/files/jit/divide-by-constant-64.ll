; Division and remainder by constants (udiv/sdiv/urem/srem on i64, i33): the JIT
; multiplies by magic numbers instead of dividing; every value here was computed independently
; (Python integers, C truncating division). Inputs: the boundaries (INT_MIN, -1, 0, 1, INT_MAX, ...)
; of each width, read as unsigned for udiv/urem. -O0 so the JIT sees the divisions as written;
; the file tests also run every line on the interpreter. See also the
; brute-force comparison in tests/PyIR.Tests/Jit/DivideByConstantTests.cs.
; RUN: pyir run -O0 %s --entry udiv64 -9223372036854775808
; CHECK: [i64 3074457345618258602, i64 1317624576693539401, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 1537228672809129301, i64 658812288346769700, i64 9223372, i64 4294967294, i64 2147483648, i64 2147483647, i64 1, i64 0, i64 0, i64 8388608, i64 1]
; RUN: pyir run -O0 %s --entry udiv64 -9223372036854775807
; CHECK-NEXT: [i64 3074457345618258603, i64 1317624576693539401, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 1537228672809129301, i64 658812288346769700, i64 9223372, i64 4294967294, i64 2147483648, i64 2147483647, i64 1, i64 1, i64 0, i64 8388608, i64 1]
; RUN: pyir run -O0 %s --entry udiv64 -1
; CHECK-NEXT: [i64 6148914691236517205, i64 2635249153387078802, i64 1844674407370955161, i64 190172619316593315, i64 18446688733643, i64 3074457345618258602, i64 1317624576693539401, i64 18446744, i64 8589934588, i64 4294967297, i64 4294967295, i64 2, i64 1, i64 1, i64 16777215, i64 1]
; RUN: pyir run -O0 %s --entry udiv64 0
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry udiv64 1
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry udiv64 9223372036854775807
; CHECK-NEXT: [i64 3074457345618258602, i64 1317624576693539401, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 1537228672809129301, i64 658812288346769700, i64 9223372, i64 4294967294, i64 2147483648, i64 2147483647, i64 1, i64 0, i64 0, i64 8388607, i64 0]
; RUN: pyir run -O0 %s --entry udiv64 9223372036854775806
; CHECK-NEXT: [i64 3074457345618258602, i64 1317624576693539400, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 1537228672809129301, i64 658812288346769700, i64 9223372, i64 4294967294, i64 2147483648, i64 2147483647, i64 0, i64 0, i64 0, i64 8388607, i64 0]
; RUN: pyir run -O0 %s --entry udiv64 -97
; CHECK-NEXT: [i64 6148914691236517173, i64 2635249153387078788, i64 1844674407370955151, i64 190172619316593314, i64 18446688733643, i64 3074457345618258586, i64 1317624576693539394, i64 18446744, i64 8589934587, i64 4294967296, i64 4294967294, i64 1, i64 1, i64 0, i64 16777215, i64 1]
; RUN: pyir run -O0 %s --entry udiv64 97000290
; CHECK-NEXT: [i64 32333430, i64 13857184, i64 9700029, i64 1000002, i64 96, i64 16166715, i64 6928592, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry udiv64 -291
; CHECK-NEXT: [i64 6148914691236517108, i64 2635249153387078760, i64 1844674407370955132, i64 190172619316593312, i64 18446688733643, i64 3074457345618258554, i64 1317624576693539380, i64 18446744, i64 8589934587, i64 4294967296, i64 4294967294, i64 1, i64 1, i64 0, i64 16777215, i64 1]
; RUN: pyir run -O0 %s --entry urem64 -9223372036854775808
; CHECK-NEXT: [i64 2, i64 1, i64 8, i64 79, i64 675345, i64 2, i64 8, i64 36495064300, i64 2, i64 2147483648, i64 2147483649, i64 1, i64 -9223372036854775808, i64 -9223372036854775808, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry urem64 -9223372036854775807
; CHECK-NEXT: [i64 0, i64 2, i64 9, i64 80, i64 675346, i64 3, i64 9, i64 36495064301, i64 3, i64 2147483649, i64 2147483650, i64 2, i64 0, i64 -9223372036854775807, i64 1, i64 1]
; RUN: pyir run -O0 %s --entry urem64 -1
; CHECK-NEXT: [i64 0, i64 1, i64 5, i64 60, i64 350686, i64 3, i64 1, i64 72990128599, i64 3, i64 0, i64 0, i64 1, i64 9223372036854775806, i64 0, i64 1099511627775, i64 9223372036854775807]
; RUN: pyir run -O0 %s --entry urem64 0
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry urem64 1
; CHECK-NEXT: [i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1]
; RUN: pyir run -O0 %s --entry urem64 9223372036854775807
; CHECK-NEXT: [i64 1, i64 0, i64 7, i64 78, i64 675344, i64 1, i64 7, i64 36495064299, i64 1, i64 2147483647, i64 2147483648, i64 0, i64 9223372036854775807, i64 9223372036854775807, i64 1099511627775, i64 9223372036854775807]
; RUN: pyir run -O0 %s --entry urem64 9223372036854775806
; CHECK-NEXT: [i64 0, i64 6, i64 6, i64 77, i64 675343, i64 0, i64 6, i64 36495064298, i64 0, i64 2147483646, i64 2147483647, i64 9223372036854775806, i64 9223372036854775806, i64 9223372036854775806, i64 1099511627774, i64 9223372036854775806]
; RUN: pyir run -O0 %s --entry urem64 -97
; CHECK-NEXT: [i64 0, i64 3, i64 9, i64 61, i64 350590, i64 3, i64 3, i64 72990128503, i64 2147483556, i64 4294967199, i64 4294967201, i64 9223372036854775712, i64 9223372036854775710, i64 -97, i64 1099511627679, i64 9223372036854775711]
; RUN: pyir run -O0 %s --entry urem64 97000290
; CHECK-NEXT: [i64 0, i64 2, i64 0, i64 96, i64 1000002, i64 0, i64 2, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290]
; RUN: pyir run -O0 %s --entry urem64 -291
; CHECK-NEXT: [i64 1, i64 5, i64 5, i64 61, i64 350396, i64 1, i64 5, i64 72990128309, i64 2147483362, i64 4294967005, i64 4294967007, i64 9223372036854775518, i64 9223372036854775516, i64 -291, i64 1099511627485, i64 9223372036854775517]
; RUN: pyir run -O0 %s --entry sdiv64 -9223372036854775808
; CHECK-NEXT: [i64 -3074457345618258602, i64 -1317624576693539401, i64 -922337203685477580, i64 -95086309658296657, i64 -9223344366821, i64 3074457345618258602, i64 1317624576693539401, i64 9223344366821, i64 -1537228672809129301, i64 1537228672809129301, i64 -9223372, i64 9223372, i64 -4294967294, i64 4294967294, i64 -8388608, i64 8388608, i64 -4611686018427387904, i64 4611686018427387904, i64 -9223372036854775808, i64 -1, i64 1, i64 1, i64 -2]
; RUN: pyir run -O0 %s --entry sdiv64 -9223372036854775807
; CHECK-NEXT: [i64 -3074457345618258602, i64 -1317624576693539401, i64 -922337203685477580, i64 -95086309658296657, i64 -9223344366821, i64 3074457345618258602, i64 1317624576693539401, i64 9223344366821, i64 -1537228672809129301, i64 1537228672809129301, i64 -9223372, i64 9223372, i64 -4294967294, i64 4294967294, i64 -8388607, i64 8388607, i64 -4611686018427387903, i64 4611686018427387903, i64 -9223372036854775807, i64 -1, i64 1, i64 0, i64 -1]
; RUN: pyir run -O0 %s --entry sdiv64 -1
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 -1, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry sdiv64 0
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry sdiv64 1
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 1, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry sdiv64 9223372036854775807
; CHECK-NEXT: [i64 3074457345618258602, i64 1317624576693539401, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 -3074457345618258602, i64 -1317624576693539401, i64 -9223344366821, i64 1537228672809129301, i64 -1537228672809129301, i64 9223372, i64 -9223372, i64 4294967294, i64 -4294967294, i64 8388607, i64 -8388607, i64 4611686018427387903, i64 -4611686018427387903, i64 9223372036854775807, i64 1, i64 -1, i64 0, i64 1]
; RUN: pyir run -O0 %s --entry sdiv64 9223372036854775806
; CHECK-NEXT: [i64 3074457345618258602, i64 1317624576693539400, i64 922337203685477580, i64 95086309658296657, i64 9223344366821, i64 -3074457345618258602, i64 -1317624576693539400, i64 -9223344366821, i64 1537228672809129301, i64 -1537228672809129301, i64 9223372, i64 -9223372, i64 4294967294, i64 -4294967294, i64 8388607, i64 -8388607, i64 4611686018427387903, i64 -4611686018427387903, i64 9223372036854775806, i64 0, i64 0, i64 0, i64 1]
; RUN: pyir run -O0 %s --entry sdiv64 -97
; CHECK-NEXT: [i64 -32, i64 -13, i64 -9, i64 -1, i64 0, i64 32, i64 13, i64 0, i64 -16, i64 16, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 -48, i64 48, i64 -97, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry sdiv64 97000290
; CHECK-NEXT: [i64 32333430, i64 13857184, i64 9700029, i64 1000002, i64 96, i64 -32333430, i64 -13857184, i64 -96, i64 16166715, i64 -16166715, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 48500145, i64 -48500145, i64 97000290, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry sdiv64 -291
; CHECK-NEXT: [i64 -97, i64 -41, i64 -29, i64 -3, i64 0, i64 97, i64 41, i64 0, i64 -48, i64 48, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 -145, i64 145, i64 -291, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry srem64 -9223372036854775808
; CHECK-NEXT: [i64 -2, i64 -1, i64 -8, i64 -79, i64 -675345, i64 -2, i64 -1, i64 -675345, i64 -2, i64 -2, i64 -36495064300, i64 -36495064300, i64 -2, i64 -2, i64 0, i64 0, i64 0, i64 0, i64 0, i64 -1, i64 -1, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry srem64 -9223372036854775807
; CHECK-NEXT: [i64 -1, i64 0, i64 -7, i64 -78, i64 -675344, i64 -1, i64 0, i64 -675344, i64 -1, i64 -1, i64 -36495064299, i64 -36495064299, i64 -1, i64 -1, i64 -1099511627775, i64 -1099511627775, i64 -1, i64 -1, i64 0, i64 0, i64 0, i64 -9223372036854775807, i64 -4611686018427387903]
; RUN: pyir run -O0 %s --entry srem64 -1
; CHECK-NEXT: [i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 0, i64 -1, i64 -1, i64 -1, i64 -1]
; RUN: pyir run -O0 %s --entry srem64 0
; CHECK-NEXT: [i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0]
; RUN: pyir run -O0 %s --entry srem64 1
; CHECK-NEXT: [i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1]
; RUN: pyir run -O0 %s --entry srem64 9223372036854775807
; CHECK-NEXT: [i64 1, i64 0, i64 7, i64 78, i64 675344, i64 1, i64 0, i64 675344, i64 1, i64 1, i64 36495064299, i64 36495064299, i64 1, i64 1, i64 1099511627775, i64 1099511627775, i64 1, i64 1, i64 0, i64 0, i64 0, i64 9223372036854775807, i64 4611686018427387903]
; RUN: pyir run -O0 %s --entry srem64 9223372036854775806
; CHECK-NEXT: [i64 0, i64 6, i64 6, i64 77, i64 675343, i64 0, i64 6, i64 675343, i64 0, i64 0, i64 36495064298, i64 36495064298, i64 0, i64 0, i64 1099511627774, i64 1099511627774, i64 0, i64 0, i64 0, i64 9223372036854775806, i64 9223372036854775806, i64 9223372036854775806, i64 4611686018427387902]
; RUN: pyir run -O0 %s --entry srem64 -97
; CHECK-NEXT: [i64 -1, i64 -6, i64 -7, i64 0, i64 -97, i64 -1, i64 -6, i64 -97, i64 -1, i64 -1, i64 -97, i64 -97, i64 -97, i64 -97, i64 -97, i64 -97, i64 -1, i64 -1, i64 0, i64 -97, i64 -97, i64 -97, i64 -97]
; RUN: pyir run -O0 %s --entry srem64 97000290
; CHECK-NEXT: [i64 0, i64 2, i64 0, i64 96, i64 1000002, i64 0, i64 2, i64 1000002, i64 0, i64 0, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 97000290, i64 0, i64 0, i64 0, i64 97000290, i64 97000290, i64 97000290, i64 97000290]
; RUN: pyir run -O0 %s --entry srem64 -291
; CHECK-NEXT: [i64 0, i64 -4, i64 -1, i64 0, i64 -291, i64 0, i64 -4, i64 -291, i64 -3, i64 -3, i64 -291, i64 -291, i64 -291, i64 -291, i64 -291, i64 -291, i64 -1, i64 -1, i64 0, i64 -291, i64 -291, i64 -291, i64 -291]
; RUN: pyir run -O0 %s --entry udiv33 -4294967296
; CHECK-NEXT: [i33 1431655765, i33 613566756, i33 429496729, i33 44278013, i33 0, i33 0, i33 1, i33 715827882]
; RUN: pyir run -O0 %s --entry udiv33 -4294967295
; CHECK-NEXT: [i33 1431655765, i33 613566756, i33 429496729, i33 44278013, i33 1, i33 0, i33 1, i33 715827882]
; RUN: pyir run -O0 %s --entry udiv33 -1
; CHECK-NEXT: [i33 2863311530, i33 1227133513, i33 858993459, i33 88556026, i33 1, i33 1, i33 2, i33 1431655765]
; RUN: pyir run -O0 %s --entry udiv33 0
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry udiv33 1
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry udiv33 4294967295
; CHECK-NEXT: [i33 1431655765, i33 613566756, i33 429496729, i33 44278013, i33 0, i33 0, i33 1, i33 715827882]
; RUN: pyir run -O0 %s --entry udiv33 4294967294
; CHECK-NEXT: [i33 1431655764, i33 613566756, i33 429496729, i33 44278013, i33 0, i33 0, i33 0, i33 715827882]
; RUN: pyir run -O0 %s --entry udiv33 -97
; CHECK-NEXT: [i33 2863311498, i33 1227133499, i33 858993449, i33 88556025, i33 1, i33 0, i33 1, i33 1431655749]
; RUN: pyir run -O0 %s --entry udiv33 97000290
; CHECK-NEXT: [i33 32333430, i33 13857184, i33 9700029, i33 1000002, i33 0, i33 0, i33 0, i33 16166715]
; RUN: pyir run -O0 %s --entry udiv33 -291
; CHECK-NEXT: [i33 2863311433, i33 1227133471, i33 858993430, i33 88556023, i33 1, i33 0, i33 1, i33 1431655716]
; RUN: pyir run -O0 %s --entry urem33 -4294967296
; CHECK-NEXT: [i33 1, i33 4, i33 6, i33 35, i33 -4294967296, i33 -4294967296, i33 1, i33 4]
; RUN: pyir run -O0 %s --entry urem33 -4294967295
; CHECK-NEXT: [i33 2, i33 5, i33 7, i33 36, i33 0, i33 -4294967295, i33 2, i33 5]
; RUN: pyir run -O0 %s --entry urem33 -1
; CHECK-NEXT: [i33 1, i33 0, i33 1, i33 69, i33 4294967294, i33 0, i33 1, i33 1]
; RUN: pyir run -O0 %s --entry urem33 0
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry urem33 1
; CHECK-NEXT: [i33 1, i33 1, i33 1, i33 1, i33 1, i33 1, i33 1, i33 1]
; RUN: pyir run -O0 %s --entry urem33 4294967295
; CHECK-NEXT: [i33 0, i33 3, i33 5, i33 34, i33 4294967295, i33 4294967295, i33 0, i33 3]
; RUN: pyir run -O0 %s --entry urem33 4294967294
; CHECK-NEXT: [i33 2, i33 2, i33 4, i33 33, i33 4294967294, i33 4294967294, i33 4294967294, i33 2]
; RUN: pyir run -O0 %s --entry urem33 -97
; CHECK-NEXT: [i33 1, i33 2, i33 5, i33 70, i33 4294967198, i33 -97, i33 4294967200, i33 1]
; RUN: pyir run -O0 %s --entry urem33 97000290
; CHECK-NEXT: [i33 0, i33 2, i33 0, i33 96, i33 97000290, i33 97000290, i33 97000290, i33 0]
; RUN: pyir run -O0 %s --entry urem33 -291
; CHECK-NEXT: [i33 2, i33 4, i33 1, i33 70, i33 4294967004, i33 -291, i33 4294967006, i33 5]
; RUN: pyir run -O0 %s --entry sdiv33 -4294967296
; CHECK-NEXT: [i33 -1431655765, i33 613566756, i33 -429496729, i33 -44278013, i33 1, i33 -1, i33 -715827882, i33 -4096]
; RUN: pyir run -O0 %s --entry sdiv33 -4294967295
; CHECK-NEXT: [i33 -1431655765, i33 613566756, i33 -429496729, i33 -44278013, i33 0, i33 -1, i33 -715827882, i33 -4095]
; RUN: pyir run -O0 %s --entry sdiv33 -1
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry sdiv33 0
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry sdiv33 1
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry sdiv33 4294967295
; CHECK-NEXT: [i33 1431655765, i33 -613566756, i33 429496729, i33 44278013, i33 0, i33 1, i33 715827882, i33 4095]
; RUN: pyir run -O0 %s --entry sdiv33 4294967294
; CHECK-NEXT: [i33 1431655764, i33 -613566756, i33 429496729, i33 44278013, i33 0, i33 0, i33 715827882, i33 4095]
; RUN: pyir run -O0 %s --entry sdiv33 -97
; CHECK-NEXT: [i33 -32, i33 13, i33 -9, i33 -1, i33 0, i33 0, i33 -16, i33 0]
; RUN: pyir run -O0 %s --entry sdiv33 97000290
; CHECK-NEXT: [i33 32333430, i33 -13857184, i33 9700029, i33 1000002, i33 0, i33 0, i33 16166715, i33 92]
; RUN: pyir run -O0 %s --entry sdiv33 -291
; CHECK-NEXT: [i33 -97, i33 41, i33 -29, i33 -3, i33 0, i33 0, i33 -48, i33 0]
; RUN: pyir run -O0 %s --entry srem33 -4294967296
; CHECK-NEXT: [i33 -1, i33 -4, i33 -6, i33 -35, i33 0, i33 -1, i33 -4, i33 0]
; RUN: pyir run -O0 %s --entry srem33 -4294967295
; CHECK-NEXT: [i33 0, i33 -3, i33 -5, i33 -34, i33 -4294967295, i33 0, i33 -3, i33 -1048575]
; RUN: pyir run -O0 %s --entry srem33 -1
; CHECK-NEXT: [i33 -1, i33 -1, i33 -1, i33 -1, i33 -1, i33 -1, i33 -1, i33 -1]
; RUN: pyir run -O0 %s --entry srem33 0
; CHECK-NEXT: [i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0, i33 0]
; RUN: pyir run -O0 %s --entry srem33 1
; CHECK-NEXT: [i33 1, i33 1, i33 1, i33 1, i33 1, i33 1, i33 1, i33 1]
; RUN: pyir run -O0 %s --entry srem33 4294967295
; CHECK-NEXT: [i33 0, i33 3, i33 5, i33 34, i33 4294967295, i33 0, i33 3, i33 1048575]
; RUN: pyir run -O0 %s --entry srem33 4294967294
; CHECK-NEXT: [i33 2, i33 2, i33 4, i33 33, i33 4294967294, i33 4294967294, i33 2, i33 1048574]
; RUN: pyir run -O0 %s --entry srem33 -97
; CHECK-NEXT: [i33 -1, i33 -6, i33 -7, i33 0, i33 -97, i33 -97, i33 -1, i33 -97]
; RUN: pyir run -O0 %s --entry srem33 97000290
; CHECK-NEXT: [i33 0, i33 2, i33 0, i33 96, i33 97000290, i33 97000290, i33 0, i33 531298]
; RUN: pyir run -O0 %s --entry srem33 -291
; CHECK-NEXT: [i33 0, i33 -4, i33 -1, i33 0, i33 -291, i33 -291, i33 -3, i33 -291]
define [16 x i64] @udiv64(i64 %x) {
  %r0 = udiv i64 %x, 3
  %a0 = insertvalue [16 x i64] undef, i64 %r0, 0
  %r1 = udiv i64 %x, 7
  %a1 = insertvalue [16 x i64] %a0, i64 %r1, 1
  %r2 = udiv i64 %x, 10
  %a2 = insertvalue [16 x i64] %a1, i64 %r2, 2
  %r3 = udiv i64 %x, 97
  %a3 = insertvalue [16 x i64] %a2, i64 %r3, 3
  %r4 = udiv i64 %x, 1000003
  %a4 = insertvalue [16 x i64] %a3, i64 %r4, 4
  %r5 = udiv i64 %x, 6
  %a5 = insertvalue [16 x i64] %a4, i64 %r5, 5
  %r6 = udiv i64 %x, 14
  %a6 = insertvalue [16 x i64] %a5, i64 %r6, 6
  %r7 = udiv i64 %x, 1000000000039
  %a7 = insertvalue [16 x i64] %a6, i64 %r7, 7
  %r8 = udiv i64 %x, 2147483649
  %a8 = insertvalue [16 x i64] %a7, i64 %r8, 8
  %r9 = udiv i64 %x, 4294967295
  %a9 = insertvalue [16 x i64] %a8, i64 %r9, 9
  %r10 = udiv i64 %x, 4294967297
  %a10 = insertvalue [16 x i64] %a9, i64 %r10, 10
  %r11 = udiv i64 %x, 9223372036854775807
  %a11 = insertvalue [16 x i64] %a10, i64 %r11, 11
  %r12 = udiv i64 %x, -9223372036854775807
  %a12 = insertvalue [16 x i64] %a11, i64 %r12, 12
  %r13 = udiv i64 %x, -1
  %a13 = insertvalue [16 x i64] %a12, i64 %r13, 13
  %r14 = udiv i64 %x, 1099511627776
  %a14 = insertvalue [16 x i64] %a13, i64 %r14, 14
  %r15 = udiv i64 %x, -9223372036854775808
  %a15 = insertvalue [16 x i64] %a14, i64 %r15, 15
  ret [16 x i64] %a15
}

define [16 x i64] @urem64(i64 %x) {
  %r0 = urem i64 %x, 3
  %a0 = insertvalue [16 x i64] undef, i64 %r0, 0
  %r1 = urem i64 %x, 7
  %a1 = insertvalue [16 x i64] %a0, i64 %r1, 1
  %r2 = urem i64 %x, 10
  %a2 = insertvalue [16 x i64] %a1, i64 %r2, 2
  %r3 = urem i64 %x, 97
  %a3 = insertvalue [16 x i64] %a2, i64 %r3, 3
  %r4 = urem i64 %x, 1000003
  %a4 = insertvalue [16 x i64] %a3, i64 %r4, 4
  %r5 = urem i64 %x, 6
  %a5 = insertvalue [16 x i64] %a4, i64 %r5, 5
  %r6 = urem i64 %x, 14
  %a6 = insertvalue [16 x i64] %a5, i64 %r6, 6
  %r7 = urem i64 %x, 1000000000039
  %a7 = insertvalue [16 x i64] %a6, i64 %r7, 7
  %r8 = urem i64 %x, 2147483649
  %a8 = insertvalue [16 x i64] %a7, i64 %r8, 8
  %r9 = urem i64 %x, 4294967295
  %a9 = insertvalue [16 x i64] %a8, i64 %r9, 9
  %r10 = urem i64 %x, 4294967297
  %a10 = insertvalue [16 x i64] %a9, i64 %r10, 10
  %r11 = urem i64 %x, 9223372036854775807
  %a11 = insertvalue [16 x i64] %a10, i64 %r11, 11
  %r12 = urem i64 %x, -9223372036854775807
  %a12 = insertvalue [16 x i64] %a11, i64 %r12, 12
  %r13 = urem i64 %x, -1
  %a13 = insertvalue [16 x i64] %a12, i64 %r13, 13
  %r14 = urem i64 %x, 1099511627776
  %a14 = insertvalue [16 x i64] %a13, i64 %r14, 14
  %r15 = urem i64 %x, -9223372036854775808
  %a15 = insertvalue [16 x i64] %a14, i64 %r15, 15
  ret [16 x i64] %a15
}

define [23 x i64] @sdiv64(i64 %x) {
  %r0 = sdiv i64 %x, 3
  %a0 = insertvalue [23 x i64] undef, i64 %r0, 0
  %r1 = sdiv i64 %x, 7
  %a1 = insertvalue [23 x i64] %a0, i64 %r1, 1
  %r2 = sdiv i64 %x, 10
  %a2 = insertvalue [23 x i64] %a1, i64 %r2, 2
  %r3 = sdiv i64 %x, 97
  %a3 = insertvalue [23 x i64] %a2, i64 %r3, 3
  %r4 = sdiv i64 %x, 1000003
  %a4 = insertvalue [23 x i64] %a3, i64 %r4, 4
  %r5 = sdiv i64 %x, -3
  %a5 = insertvalue [23 x i64] %a4, i64 %r5, 5
  %r6 = sdiv i64 %x, -7
  %a6 = insertvalue [23 x i64] %a5, i64 %r6, 6
  %r7 = sdiv i64 %x, -1000003
  %a7 = insertvalue [23 x i64] %a6, i64 %r7, 7
  %r8 = sdiv i64 %x, 6
  %a8 = insertvalue [23 x i64] %a7, i64 %r8, 8
  %r9 = sdiv i64 %x, -6
  %a9 = insertvalue [23 x i64] %a8, i64 %r9, 9
  %r10 = sdiv i64 %x, 1000000000039
  %a10 = insertvalue [23 x i64] %a9, i64 %r10, 10
  %r11 = sdiv i64 %x, -1000000000039
  %a11 = insertvalue [23 x i64] %a10, i64 %r11, 11
  %r12 = sdiv i64 %x, 2147483649
  %a12 = insertvalue [23 x i64] %a11, i64 %r12, 12
  %r13 = sdiv i64 %x, -2147483649
  %a13 = insertvalue [23 x i64] %a12, i64 %r13, 13
  %r14 = sdiv i64 %x, 1099511627776
  %a14 = insertvalue [23 x i64] %a13, i64 %r14, 14
  %r15 = sdiv i64 %x, -1099511627776
  %a15 = insertvalue [23 x i64] %a14, i64 %r15, 15
  %r16 = sdiv i64 %x, 2
  %a16 = insertvalue [23 x i64] %a15, i64 %r16, 16
  %r17 = sdiv i64 %x, -2
  %a17 = insertvalue [23 x i64] %a16, i64 %r17, 17
  %r18 = sdiv i64 %x, 1
  %a18 = insertvalue [23 x i64] %a17, i64 %r18, 18
  %r19 = sdiv i64 %x, 9223372036854775807
  %a19 = insertvalue [23 x i64] %a18, i64 %r19, 19
  %r20 = sdiv i64 %x, -9223372036854775807
  %a20 = insertvalue [23 x i64] %a19, i64 %r20, 20
  %r21 = sdiv i64 %x, -9223372036854775808
  %a21 = insertvalue [23 x i64] %a20, i64 %r21, 21
  %r22 = sdiv i64 %x, 4611686018427387904
  %a22 = insertvalue [23 x i64] %a21, i64 %r22, 22
  ret [23 x i64] %a22
}

define [23 x i64] @srem64(i64 %x) {
  %r0 = srem i64 %x, 3
  %a0 = insertvalue [23 x i64] undef, i64 %r0, 0
  %r1 = srem i64 %x, 7
  %a1 = insertvalue [23 x i64] %a0, i64 %r1, 1
  %r2 = srem i64 %x, 10
  %a2 = insertvalue [23 x i64] %a1, i64 %r2, 2
  %r3 = srem i64 %x, 97
  %a3 = insertvalue [23 x i64] %a2, i64 %r3, 3
  %r4 = srem i64 %x, 1000003
  %a4 = insertvalue [23 x i64] %a3, i64 %r4, 4
  %r5 = srem i64 %x, -3
  %a5 = insertvalue [23 x i64] %a4, i64 %r5, 5
  %r6 = srem i64 %x, -7
  %a6 = insertvalue [23 x i64] %a5, i64 %r6, 6
  %r7 = srem i64 %x, -1000003
  %a7 = insertvalue [23 x i64] %a6, i64 %r7, 7
  %r8 = srem i64 %x, 6
  %a8 = insertvalue [23 x i64] %a7, i64 %r8, 8
  %r9 = srem i64 %x, -6
  %a9 = insertvalue [23 x i64] %a8, i64 %r9, 9
  %r10 = srem i64 %x, 1000000000039
  %a10 = insertvalue [23 x i64] %a9, i64 %r10, 10
  %r11 = srem i64 %x, -1000000000039
  %a11 = insertvalue [23 x i64] %a10, i64 %r11, 11
  %r12 = srem i64 %x, 2147483649
  %a12 = insertvalue [23 x i64] %a11, i64 %r12, 12
  %r13 = srem i64 %x, -2147483649
  %a13 = insertvalue [23 x i64] %a12, i64 %r13, 13
  %r14 = srem i64 %x, 1099511627776
  %a14 = insertvalue [23 x i64] %a13, i64 %r14, 14
  %r15 = srem i64 %x, -1099511627776
  %a15 = insertvalue [23 x i64] %a14, i64 %r15, 15
  %r16 = srem i64 %x, 2
  %a16 = insertvalue [23 x i64] %a15, i64 %r16, 16
  %r17 = srem i64 %x, -2
  %a17 = insertvalue [23 x i64] %a16, i64 %r17, 17
  %r18 = srem i64 %x, 1
  %a18 = insertvalue [23 x i64] %a17, i64 %r18, 18
  %r19 = srem i64 %x, 9223372036854775807
  %a19 = insertvalue [23 x i64] %a18, i64 %r19, 19
  %r20 = srem i64 %x, -9223372036854775807
  %a20 = insertvalue [23 x i64] %a19, i64 %r20, 20
  %r21 = srem i64 %x, -9223372036854775808
  %a21 = insertvalue [23 x i64] %a20, i64 %r21, 21
  %r22 = srem i64 %x, 4611686018427387904
  %a22 = insertvalue [23 x i64] %a21, i64 %r22, 22
  ret [23 x i64] %a22
}

define [8 x i33] @udiv33(i33 %x) {
  %r0 = udiv i33 %x, 3
  %a0 = insertvalue [8 x i33] undef, i33 %r0, 0
  %r1 = udiv i33 %x, 7
  %a1 = insertvalue [8 x i33] %a0, i33 %r1, 1
  %r2 = udiv i33 %x, 10
  %a2 = insertvalue [8 x i33] %a1, i33 %r2, 2
  %r3 = udiv i33 %x, 97
  %a3 = insertvalue [8 x i33] %a2, i33 %r3, 3
  %r4 = udiv i33 %x, -4294967295
  %a4 = insertvalue [8 x i33] %a3, i33 %r4, 4
  %r5 = udiv i33 %x, -1
  %a5 = insertvalue [8 x i33] %a4, i33 %r5, 5
  %r6 = udiv i33 %x, 4294967295
  %a6 = insertvalue [8 x i33] %a5, i33 %r6, 6
  %r7 = udiv i33 %x, 6
  %a7 = insertvalue [8 x i33] %a6, i33 %r7, 7
  ret [8 x i33] %a7
}

define [8 x i33] @urem33(i33 %x) {
  %r0 = urem i33 %x, 3
  %a0 = insertvalue [8 x i33] undef, i33 %r0, 0
  %r1 = urem i33 %x, 7
  %a1 = insertvalue [8 x i33] %a0, i33 %r1, 1
  %r2 = urem i33 %x, 10
  %a2 = insertvalue [8 x i33] %a1, i33 %r2, 2
  %r3 = urem i33 %x, 97
  %a3 = insertvalue [8 x i33] %a2, i33 %r3, 3
  %r4 = urem i33 %x, -4294967295
  %a4 = insertvalue [8 x i33] %a3, i33 %r4, 4
  %r5 = urem i33 %x, -1
  %a5 = insertvalue [8 x i33] %a4, i33 %r5, 5
  %r6 = urem i33 %x, 4294967295
  %a6 = insertvalue [8 x i33] %a5, i33 %r6, 6
  %r7 = urem i33 %x, 6
  %a7 = insertvalue [8 x i33] %a6, i33 %r7, 7
  ret [8 x i33] %a7
}

define [8 x i33] @sdiv33(i33 %x) {
  %r0 = sdiv i33 %x, 3
  %a0 = insertvalue [8 x i33] undef, i33 %r0, 0
  %r1 = sdiv i33 %x, -7
  %a1 = insertvalue [8 x i33] %a0, i33 %r1, 1
  %r2 = sdiv i33 %x, 10
  %a2 = insertvalue [8 x i33] %a1, i33 %r2, 2
  %r3 = sdiv i33 %x, 97
  %a3 = insertvalue [8 x i33] %a2, i33 %r3, 3
  %r4 = sdiv i33 %x, -4294967296
  %a4 = insertvalue [8 x i33] %a3, i33 %r4, 4
  %r5 = sdiv i33 %x, 4294967295
  %a5 = insertvalue [8 x i33] %a4, i33 %r5, 5
  %r6 = sdiv i33 %x, 6
  %a6 = insertvalue [8 x i33] %a5, i33 %r6, 6
  %r7 = sdiv i33 %x, 1048576
  %a7 = insertvalue [8 x i33] %a6, i33 %r7, 7
  ret [8 x i33] %a7
}

define [8 x i33] @srem33(i33 %x) {
  %r0 = srem i33 %x, 3
  %a0 = insertvalue [8 x i33] undef, i33 %r0, 0
  %r1 = srem i33 %x, -7
  %a1 = insertvalue [8 x i33] %a0, i33 %r1, 1
  %r2 = srem i33 %x, 10
  %a2 = insertvalue [8 x i33] %a1, i33 %r2, 2
  %r3 = srem i33 %x, 97
  %a3 = insertvalue [8 x i33] %a2, i33 %r3, 3
  %r4 = srem i33 %x, -4294967296
  %a4 = insertvalue [8 x i33] %a3, i33 %r4, 4
  %r5 = srem i33 %x, 4294967295
  %a5 = insertvalue [8 x i33] %a4, i33 %r5, 5
  %r6 = srem i33 %x, 6
  %a6 = insertvalue [8 x i33] %a5, i33 %r6, 6
  %r7 = srem i33 %x, 1048576
  %a7 = insertvalue [8 x i33] %a6, i33 %r7, 7
  ret [8 x i33] %a7
}
