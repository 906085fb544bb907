"""The seed README's "Quick Start" examples that this package implements: a basic @pyir.function
and a NumPy kernel. Run: ./pyir python examples/quickstart.py

Changed from the seed: the AD calls (pyir.jvp, pyir.higher_order_grad) and the "parallel", "async"
and "sandboxed" policies are not implemented yet; the policies raise NotImplementedError, which
this example shows instead of using them.
"""
import numpy as np

import pyir


# --- Basic LLVM IR functions ---------------------------------------------------------------------
@pyir.function
def add(a: pyir.int32, b: pyir.int32) -> pyir.int32:
    result: int
    pyir.inline("""
        %result = add i32 %a, %b
    """)
    return result


print(add(2, 3))  # 5


# --- NumPy integration --------------------------------------------------------------------------
@pyir.function
def muladd(a: pyir.float32, b: pyir.float32, c: pyir.float32) -> pyir.float32:
    tmp: float
    result: float
    pyir.inline("""
        %tmp = fmul float %a, %b
        %result = fadd float %tmp, %c
    """)
    return result


# Vectorized kernel (default): one native loop over the arrays
elemwise = pyir.numpy_kernel(muladd, policy="vectorized")
x = np.arange(5, dtype=np.float32)
y = np.ones(5, dtype=np.float32)
z = np.full(5, 2.0, dtype=np.float32)
print(elemwise(x, y, z))  # [2. 3. 4. 5. 6.]

# Broadcasting, Python scalars and out= work as in NumPy
out = np.empty((2, 5), dtype=np.float32)
elemwise(x, np.array([[1.0], [10.0]], dtype=np.float32), 0.5, out=out)
print(out)  # [[ 0.5  1.5  2.5  3.5  4.5] [ 0.5 10.5 20.5 30.5 40.5]]

# The other policies of the seed README are not implemented yet:
for policy in ("parallel", "async", "sandboxed"):
    try:
        pyir.numpy_kernel(muladd, policy=policy)
    except NotImplementedError as e:
        print(f"{policy}: NotImplementedError")
