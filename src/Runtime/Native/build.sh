#!/usr/bin/env bash
# Builds libpyir.so (NativeAOT) into python/pyir/_native/ when it is missing or any C#/project
# source is newer than it: `dotnet publish src/Runtime/Native -c Release -r linux-x64`, whose
# CopyToPythonPackage target copies the library there. Used by `./pyir python` and
# tests/suites/c-abi.sh. --force publishes unconditionally. Quiet unless the publish fails.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)"
lib="$root/python/pyir/_native/libpyir.so"

stale() {
    [[ -f "$lib" ]] || return 0
    [[ -n "$(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
        \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.ll' \) -newer "$lib" \
        -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]]
}

force=0
[[ "${1:-}" == "--force" ]] && force=1

if [[ $force -eq 1 ]] || stale; then
    # One publish at a time: others wait here, then find the library fresh.
    mkdir -p "$root/.pyir-build"
    exec 9>"$root/.pyir-build/native.lock"
    command -v flock >/dev/null 2>&1 && flock 9
    if [[ $force -eq 1 ]] || stale; then
        if ! command -v dotnet >/dev/null 2>&1; then
            echo "pyir: the .NET SDK (dotnet) is not installed; see README.md for prerequisites" >&2
            exit 127
        fi
        log="$(mktemp)"
        if ! dotnet publish "$root/src/Runtime/Native" -c Release -r linux-x64 --nologo -v quiet >"$log" 2>&1; then
            echo "pyir: building libpyir.so failed:" >&2
            cat "$log" >&2
            rm -f "$log"
            exit 1
        fi
        rm -f "$log"
        touch "$lib"
    fi
fi
