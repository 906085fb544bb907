"""The seed README's "Performance Benchmarking" example: an FMA kernel over a million floats.
Run: ./pyir python examples/fma_benchmark.py
"""
import time

import numpy as np

import pyir


@pyir.function
def fma(a: pyir.float32, b: pyir.float32, c: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %result = call float @llvm.fmuladd.f32(float %a, float %b, float %c)
    """)
    return result


# Create vectorized kernel
fma_np = pyir.numpy_kernel(fma, policy="vectorized")

# Benchmark
x = np.random.randn(1000000).astype(np.float32)
y = np.random.randn(1000000).astype(np.float32)
z = np.random.randn(1000000).astype(np.float32)

# Warm up
_ = fma_np(x, y, z)

# Time the kernel
start = time.perf_counter()
result = fma_np(x, y, z)
end = time.perf_counter()

print(f"PyIR FMA: {(end - start) * 1000:.2f} ms")
print(f"Throughput: {len(x) / (end - start) / 1e6:.1f} M elements/sec")
print("max abs error vs NumPy:", float(np.max(np.abs(result - (x * y + z)))))
