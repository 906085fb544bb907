#!/bin/sh
# Builds and runs the native accuracy harness (accuracy.c) for the PyIR math library.
# Usage: accuracy.sh [samples-per-range]
set -eu
cd "$(dirname "$0")"
exe="${TMPDIR:-/tmp}/pyir-mathlib-accuracy"
clang-16 -O2 -march=x86-64-v3 -ffp-contract=off -fno-math-errno -o "$exe" accuracy.c -lm
"$exe" "$@"
