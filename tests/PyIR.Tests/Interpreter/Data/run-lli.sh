#!/bin/sh
# Regenerates lli-cases.expected: calls every @t_* function of lli-cases.ll under lli-16 and prints
# "name value" lines. Usage: sh run-lli.sh > lli-cases.expected   (run from this directory)
set -e
tmp=$(mktemp -d)
names=$(grep -o '@t_[a-z_0-9]*' lli-cases.ll | sort -u | tr -d @)
{
  echo 'declare i32 @printf(ptr, ...)'
  for n in $names; do echo "declare i64 @$n()"; done
  printf '%s\n' '@fmt = private constant [9 x i8] c"%s %lld\0A\00"'
  for n in $names; do printf '@n_%s = private constant [%d x i8] c"%s\\00"\n' "$n" $(( ${#n} + 1 )) "$n"; done
  echo 'define i32 @main() {'
  for n in $names; do
    echo "  %r_$n = call i64 @$n()"
    echo "  call i32 (ptr, ...) @printf(ptr @fmt, ptr @n_$n, i64 %r_$n)"
  done
  echo '  ret i32 0'
  echo '}'
} > "$tmp/main.ll"
llvm-link-16 lli-cases.ll "$tmp/main.ll" -S -o "$tmp/linked.ll"
lli-16 "$tmp/linked.ll"
rm -r "$tmp"
