#!/usr/bin/env bash
# Runs PyIR's backend benchmarks side by side with their peers and prints the results:
#   1. compile latency (BenchmarkDotNet, in-process): IR text -> callable pointer per kernel;
#   2. LLVM's compile latency for the same kernel, process-level (hyperfine + llc-16), for scale;
#   3. run time of loop-heavy conformance programs: clang-16 -O2 native vs PyIR's JIT.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/PyIR.Bench -c Release -v q -nologo >/dev/null
dotnet run -c Release --no-build --project bench/PyIR.Bench -- runtime
if command -v hyperfine >/dev/null && command -v llc-16 >/dev/null; then
  tmp=$(mktemp -d)
  printf 'define float @muladd(float %%a, float %%b, float %%c) {\n  %%t = fmul float %%a, %%b\n  %%r = fadd float %%t, %%c\n  ret float %%r\n}\n' > "$tmp/muladd.ll"
  echo
  echo "# LLVM for scale (process-level, includes process start): llc-16 -O2 on the muladd kernel"
  hyperfine -N --warmup 3 --runs 20 --style basic "llc-16 -O2 -filetype=obj -o /dev/null $tmp/muladd.ll" 2>&1 | grep -E "Time|Range"
  rm -rf "$tmp"
fi
dotnet run -c Release --no-build --project bench/PyIR.Bench -- compile --filter '*' 2>&1 | sed -n '/^| *Method/,/^$/p'
