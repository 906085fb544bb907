#!/usr/bin/env bash
# Runs every PyIR test suite and ends with one line "N passed, M failed" (the totals).
#   1. As root, installs missing Debian prerequisites (apt-get update only if something is missing).
#   2. Builds the solution (Release).
#   3. dotnet test (xunit: unit tests, file tests), counted from its TRX reports.
#   4. Publishes libpyir.so (NativeAOT) into python/pyir/_native/, then pytest under python/tests if
#      that folder exists, counted from its JUnit XML.
#   5. Every tests/suites/*.sh, each of which prints a last line "N passed, M failed".
# A suite that cannot run at all (build failure, crash without results) counts as one failure.
# Exit code: 0 only if nothing failed.
set -uo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$root"
start=$(date +%s)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
broken=()   # suites that failed to run

note() { echo "== $*"; }

add_counts() { # add_counts SUITE PASSED FAILED
    note "$1: $2 passed, $3 failed"
    passed=$((passed + $2))
    failed=$((failed + $3))
}

suite_broken() { # suite_broken SUITE REASON
    note "$1: FAILED TO RUN ($2)"
    broken+=("$1")
    failed=$((failed + 1))
}

# ---------------------------------------------------------------- prerequisites
packages=(llvm-16 clang-16 gcc python3 python3-numpy python3-pytest python3-hypothesis)
if [[ $(id -u) -eq 0 ]] && command -v dpkg >/dev/null 2>&1; then
    missing=()
    for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
        note "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null \
            || echo "warning: could not install ${missing[*]}" >&2
    fi
fi
if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: 'dotnet' not found. Install the .NET SDK 10 (see README.md) and put it on PATH." >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# ---------------------------------------------------------------- build
note "building PyIR.sln (Release)"
if ! dotnet build PyIR.sln -c Release --nologo -v quiet >"$work/build.log" 2>&1; then
    cat "$work/build.log"
    suite_broken "build" "dotnet build failed"
    echo "$passed passed, $failed failed"
    exit 1
fi

# ---------------------------------------------------------------- dotnet test
note "dotnet test"
dotnet test PyIR.sln -c Release --no-build --nologo \
    --logger "trx" --results-directory "$work/trx" >"$work/dotnet-test.log" 2>&1
test_status=$?
# Each failing test with the first lines of its message, then the summary.
grep -A8 -E "^\s+Failed " "$work/dotnet-test.log" | grep -vE "^\s+at |Stack Trace:" | head -200
grep -E "^(Passed|Failed)!" "$work/dotnet-test.log"
shopt -s nullglob
trx_files=("$work"/trx/*.trx)
if [[ ${#trx_files[@]} -eq 0 ]]; then
    tail -50 "$work/dotnet-test.log"
    suite_broken "dotnet test" "no test results (exit $test_status)"
else
    p=0; f=0
    for trx in "${trx_files[@]}"; do
        counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
        get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
        p=$((p + $(get passed))); f=$((f + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    done
    add_counts "dotnet test" "$p" "$f"
    if [[ $test_status -ne 0 && $f -eq 0 ]]; then
        tail -30 "$work/dotnet-test.log"
        suite_broken "dotnet test" "exit $test_status with no failing test"
    fi
fi

# ---------------------------------------------------------------- libpyir.so
note "dotnet publish src/Runtime/Native (libpyir.so)"
native_ok=1
if ! dotnet publish src/Runtime/Native -c Release -r linux-x64 --nologo -v quiet >"$work/publish.log" 2>&1; then
    tail -40 "$work/publish.log"
    suite_broken "libpyir.so" "dotnet publish failed"
    native_ok=0
fi

# ---------------------------------------------------------------- pytest
if [[ -d python/tests && $native_ok -eq 0 ]]; then
    suite_broken "pytest" "libpyir.so did not build"
elif [[ -d python/tests ]]; then
    note "pytest python/tests"
    /usr/bin/python3 -m pytest python/tests -q -p no:cacheprovider --junitxml="$work/pytest.xml" \
        >"$work/pytest.log" 2>&1
    py_status=$?
    tail -25 "$work/pytest.log"
    if [[ -f "$work/pytest.xml" ]]; then
        suite="$(grep -o '<testsuite [^>]*>' "$work/pytest.xml" | head -1)"
        get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$suite"; }
        t=$(get tests); fl=$(get failures); er=$(get errors); sk=$(get skipped)
        add_counts "pytest" "$((t - fl - er - sk))" "$((fl + er))"
        if [[ $py_status -ne 0 && $((fl + er)) -eq 0 ]]; then suite_broken "pytest" "exit $py_status"; fi
    else
        suite_broken "pytest" "no results (exit $py_status)"
    fi
fi

# ---------------------------------------------------------------- other suites
for script in tests/suites/*.sh; do
    name="$(basename "$script")"
    note "$name"
    bash "$script" >"$work/$name.log" 2>&1
    status=$?
    tail -15 "$work/$name.log"
    last="$(grep -v '^\s*$' "$work/$name.log" | tail -1)"
    if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        add_counts "$name" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        if [[ $status -ne 0 && ${BASH_REMATCH[2]} -eq 0 ]]; then suite_broken "$name" "exit $status"; fi
    else
        suite_broken "$name" "no 'N passed, M failed' line (exit $status)"
    fi
done

elapsed=$(( $(date +%s) - start ))
[[ ${#broken[@]} -gt 0 ]] && note "suites that failed to run: ${broken[*]}"
note "total time ${elapsed}s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
