#!/usr/bin/env bash
# Checks the corpus sources (not the generated IR):
#  1. no undefined behaviour: each program runs under gcc -fsanitize=undefined,address at -O0 and -O2
#     and must print the value in expected.txt;
#  2. libm robustness: each program using <math.h> is rebuilt with tools/perturb.h, which moves
#     every transcendental result by up to 4 ulp; the checksum must not change (8 seeds);
#  3. and rebuilt with tools/use-mathlib.h against PyIR's own math library (the JIT's routines,
#     src/Backend/MathLib/source/mathlib.c): the checksum must not change either.
# Usage: tests/conformance/tools/check.sh [NAME...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '#include <stdio.h>\nlong long checksum(void);\nint main(void) { printf("%%lld\\n", checksum()); return 0; }\n' > "$work/driver.c"

mathlib_src="$here/../../src/Backend/MathLib/source"
mathlib_obj=""
if [ -f "$mathlib_src/mathlib.c" ]; then
    clang-16 -O2 -march=x86-64-v3 -ffp-contract=off -fno-math-errno -c "$mathlib_src/mathlib.c" -I "$mathlib_src" -o "$work/mathlib.o"
    mathlib_obj="$work/mathlib.o"
fi

if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in "$here"/src/*.c; do names+=("$(basename "$f" .c)"); done; fi
failures=0
for name in "${names[@]}"; do
    c="$here/src/$name.c"
    want="$(awk -v n="$name" '$1 == n { print $2 }' "$here/expected.txt")"
    [ -n "$want" ] || { echo "$name: not in expected.txt (run generate.sh)" >&2; failures=$((failures + 1)); continue; }
    for opt in -O0 -O2; do
        gcc $opt -std=c11 -Wall -Wextra -Werror -fsanitize=undefined,address,float-cast-overflow \
            -fno-sanitize-recover=all "$c" "$work/driver.c" -lm -o "$work/san"
        got="$("$work/san" 2>&1)" || true
        [ "$got" = "$want" ] || { echo "$name $opt sanitized: $got (want $want)" >&2; failures=$((failures + 1)); }
    done
    if grep -q '<math.h>' "$c"; then
        for seed in 1 2 3 4 5 6 7 8; do
            gcc -O2 -ffp-contract=off -DPSEED=$seed -include "$here/tools/perturb.h" "$c" "$work/driver.c" -lm -o "$work/pert"
            got="$("$work/pert")"
            [ "$got" = "$want" ] || { echo "$name: libm results moved by a few ulp (seed $seed) change the checksum: $got (want $want)" >&2; failures=$((failures + 1)); }
        done
        if [ -n "$mathlib_obj" ]; then
            gcc -O2 -ffp-contract=off -include "$here/tools/use-mathlib.h" "$c" "$work/driver.c" "$mathlib_obj" -lm -o "$work/pyirmath"
            got="$("$work/pyirmath")"
            [ "$got" = "$want" ] || { echo "$name: with PyIR's MathLib the checksum is $got (want $want)" >&2; failures=$((failures + 1)); }
        fi
    fi
    echo "$name ok"
done
[ "$failures" -eq 0 ] || { echo "check.sh: $failures failure(s)" >&2; exit 1; }
echo "check.sh: ${#names[@]} program(s) UB-free under sanitizers and robust to libm differences"
