"""Compile cost through the Python package (libpyir.so, NativeAOT): pyir.compile of every conformance
file (parse, verify, -O2, JIT), median of 21 runs after 5 warm-up runs per file, in microseconds.
Each run appends a different comment so no cache can answer. Prints the 10 slowest files and the
median, the maximum and how many files take over 2 ms.

    ./pyir python bench/python/compile_cost.py [NAME]      # only files whose name contains NAME
"""
import glob
import os
import statistics
import sys
import time

from pyir import _module

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    files = sorted(glob.glob(os.path.join(REPO, "tests/conformance/ll/*.ll")))
    if len(sys.argv) > 1:
        files = [f for f in files if sys.argv[1] in os.path.basename(f)]
    results = []
    for f in files:
        text = open(f).read()
        for i in range(5):
            _module.compile_text(text + f"\n; warm-up {i}\n", f)
        times = []
        for i in range(21):
            t = text + f"\n; run {i}\n"
            t0 = time.perf_counter()
            _module.compile_text(t, f)
            times.append((time.perf_counter() - t0) * 1e6)
        results.append((statistics.median(times), os.path.basename(f)))
    for t, name in sorted(results, reverse=True)[:10]:
        print(f"{name:32s} {t:8.0f} µs")
    ts = [t for t, _ in results]
    print(f"median {statistics.median(ts):.0f} µs, max {max(ts):.0f} µs, "
          f"{sum(t > 2000 for t in ts)} of {len(ts)} files over 2 ms")


if __name__ == "__main__":
    main()
