#!/usr/bin/env bash
# The C ABI of libpyir.so from C: builds the library if needed (src/Runtime/Native/build.sh),
# compiles tests/suites/c-abi/smoke.c against it with gcc and runs it. Last line: "N passed, M failed".
set -u
cd "$(dirname "$0")/../.."
root="$(pwd)"
if ! src/Runtime/Native/build.sh; then echo "0 passed, 1 failed"; exit 1; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! gcc -std=c11 -O1 -Wall -Werror -o "$work/smoke" tests/suites/c-abi/smoke.c -I src/Runtime/Native \
        -L python/pyir/_native -lpyir -Wl,-rpath,"$root/python/pyir/_native"; then
    echo "0 passed, 1 failed"
    exit 1
fi
"$work/smoke"
status=$?
# A crash prints no summary line: count it as a failure.
[[ $status -le 1 ]] || echo "0 passed, 1 failed"
exit $status
