"""Kernels calling kernels by name, and a whole module with pyir.compile.
Run: ./pyir python examples/linking.py
"""
import numpy as np

import pyir


@pyir.function
def relu(x: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %zero = fcmp ogt float %x, 0.0
        %result = select i1 %zero, float %x, float 0.0
    """)
    return result


@pyir.function
def linear_relu(x: pyir.float32, weight: pyir.float32, bias: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %weighted = fmul float %x, %weight
        %pre = fadd float %weighted, %bias
        %result = call float @relu(float %pre)
    """)
    return result


print(linear_relu(2.0, 3.0, 1.0), linear_relu(2.0, -3.0, 1.0))  # 7.0 0.0

layer = pyir.numpy_kernel(linear_relu)
print(layer(np.array([-1.0, 0.5, 2.0], dtype=np.float32), 2.0, 0.5))  # [0.  1.5 4.5]

m = pyir.compile("""
define i64 @fib(i64 %n) {
entry:
  %small = icmp slt i64 %n, 2
  br i1 %small, label %base, label %rec
base:
  ret i64 %n
rec:
  %n1 = sub i64 %n, 1
  %n2 = sub i64 %n, 2
  %f1 = call i64 @fib(i64 %n1)
  %f2 = call i64 @fib(i64 %n2)
  %s = add i64 %f1, %f2
  ret i64 %s
}
""")
print(m.functions, m.fib(20))  # ['fib'] 6765
