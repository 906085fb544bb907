#!/bin/sh
# Compiles mathlib.c into ../mathlib.ll, the LLVM IR module PyIR embeds as its math library.
# Attributes, metadata and other decorations PyIR does not need are stripped, and the result is
# checked to call nothing but LLVM intrinsics and its own functions. Auto-vectorization is off so
# the scalar routines stay scalar code; the vector routines are explicit vector code.
set -eu
cd "$(dirname "$0")"
out=../mathlib.ll
clang-16 -O2 -S -emit-llvm -ffp-contract=off -fno-math-errno -fno-builtin -march=x86-64-v3 \
    -fno-unwind-tables -fno-asynchronous-unwind-tables -g0 -fno-slp-vectorize -fno-vectorize \
    -o mathlib.raw.ll mathlib.c
sed -E \
    -e '/^; ModuleID/d' -e '/^source_filename/d' -e '/^target datalayout/d' -e '/^target triple/d' \
    -e '/^attributes #/d' -e '/^!/d' \
    -e 's/ #[0-9]+//g' -e 's/, !tbaa ![0-9]+//g' -e 's/, !(llvm.loop|range|tbaa) ![0-9]+//g' \
    mathlib.raw.ll > "$out"
rm -f mathlib.raw.ll
llvm-as-16 -o /dev/null "$out"
if grep -E '^declare' "$out" | grep -v '@llvm\.' ; then
    echo "generate.sh: mathlib.ll calls a non-intrinsic function (above)" >&2
    exit 1
fi
echo "wrote $out ($(grep -c '^define' "$out") functions)"
