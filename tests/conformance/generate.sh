#!/usr/bin/env bash
# Regenerates the conformance corpus from src/*.c:
#   ll/NAME.O0.ll, ll/NAME.O2.ll, ll/NAME.O2-v3.ll   (clang-16 -S -emit-llvm)
#   expected.txt                                      (NAME VALUE, from a gcc -O2 native build)
# and cross-checks every .ll under lli-16 against the gcc value, failing loudly on disagreement.
# Usage: tests/conformance/generate.sh [NAME...]   (no names = every program in src/)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/src"
out="$here/ll"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in clang-16 lli-16 llvm-link-16 gcc; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is not installed" >&2; exit 1; }
done

common=(-ffp-contract=off -fno-math-errno -fno-stack-protector -fno-unwind-tables
        -fno-asynchronous-unwind-tables -fno-exceptions -g0)
levels=("O0:-O0" "O2:-O2" "O2-v3:-O2 -march=x86-64-v3")

cat > "$work/driver.c" <<'DRIVER'
#include <stdio.h>
long long checksum(void);
int main(void) { printf("%lld\n", checksum()); return 0; }
DRIVER
clang-16 -S -emit-llvm -O0 -g0 "$work/driver.c" -o "$work/driver.ll"

if [ $# -gt 0 ]; then names=("$@"); else
    names=(); for f in "$src"/*.c; do names+=("$(basename "$f" .c)"); done
fi

expected="$here/expected.txt"
declare -A values=()
if [ $# -gt 0 ] && [ -f "$expected" ]; then   # partial run: keep the other programs' values
    while read -r name value; do values[$name]=$value; done < "$expected"
fi

failures=0
for name in "${names[@]}"; do
    c="$src/$name.c"
    [ -f "$c" ] || { echo "generate.sh: no such program $c" >&2; exit 1; }

    gcc -O2 -ffp-contract=off -std=c11 -Wall -Werror "$c" "$work/driver.c" -lm -o "$work/$name.native"
    native="$("$work/$name.native")"
    values[$name]=$native

    for level in "${levels[@]}"; do
        tag="${level%%:*}"
        read -r -a flags <<< "${level#*:}"
        ll="$out/$name.$tag.ll"
        clang-16 -S -emit-llvm "${flags[@]}" "${common[@]}" -std=c11 -Wall -Werror "$c" -o "$ll"
        # The source path clang records is machine-specific; make the files reproducible.
        sed -i -e "s|^; ModuleID = .*|; ModuleID = '$name.c'|" \
               -e "s|^source_filename = .*|source_filename = \"$name.c\"|" "$ll"
        llvm-link-16 "$ll" "$work/driver.ll" -o "$work/$name.$tag.bc"
        got="$(lli-16 "$work/$name.$tag.bc")"
        if [ "$got" != "$native" ]; then
            echo "MISMATCH $name $tag: lli-16 says $got, gcc -O2 says $native" >&2
            failures=$((failures + 1))
        fi
    done
    echo "$name $native"
done

for name in $(printf '%s\n' "${!values[@]}" | LC_ALL=C sort); do
    echo "$name ${values[$name]}"
done > "$expected"

if [ "$failures" -ne 0 ]; then
    echo "generate.sh: $failures lli/gcc disagreement(s); expected.txt written but NOT trustworthy" >&2
    exit 1
fi
echo "generate.sh: ${#names[@]} program(s) OK; corpus size $(du -sh "$out" | cut -f1)"
