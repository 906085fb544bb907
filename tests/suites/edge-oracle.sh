#!/usr/bin/env bash
# Checks every CHECK line of the hand-written edge-case tests (tests/edge, except pyir-defined/)
# against LLVM's own interpreter lli-16, via tests/tools/lli_oracle.py. Exits non-zero on any
# mismatch; the last stdout line is "N passed, M failed".
set -u
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 tests/tools/lli_oracle.py --check tests/edge
