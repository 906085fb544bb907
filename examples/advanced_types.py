"""The seed README's "Complex Numbers and Advanced Types" examples.
Run: ./pyir python examples/advanced_types.py

Changed from the seed: its add_complex inserts a whole {float, float} (%b) into a float field of
%a with no element type, which is invalid LLVM IR (LLVM's grammar reads '%b' as the element's
type); PyIR rejects it with pyir.IRSyntaxError (a SyntaxError pointing at the line in this file). add_complex_fixed below is what was meant: add the parts. point_add assigns
%result twice, which the snippet dialect allows (each assignment is a new value).
"""
import numpy as np

import pyir

# Complex number operations (the seed's version: ill-typed, fails at decoration)
try:
    @pyir.function
    def add_complex(a: pyir.complex64, b: pyir.complex64) -> pyir.complex64:
        result: pyir.complex64
        pyir.inline("""
            %result = insertvalue {float, float} %a, %b, 0
        """)
        return result
except pyir.IRSyntaxError as e:
    print(f"add_complex rejected: line {e.lineno}: {e.msg}")


@pyir.function
def add_complex_fixed(a: pyir.complex64, b: pyir.complex64) -> pyir.complex64:
    result: pyir.complex64
    pyir.inline("""
        %ar = extractvalue {float, float} %a, 0
        %ai = extractvalue {float, float} %a, 1
        %br = extractvalue {float, float} %b, 0
        %bi = extractvalue {float, float} %b, 1
        %re = fadd float %ar, %br
        %im = fadd float %ai, %bi
        %result = insertvalue {float, float} undef, float %re, 0
        %result = insertvalue {float, float} %result, float %im, 1
    """)
    return result


print(add_complex_fixed(1 + 2j, 3 - 1j))  # (4+1j)


# Vector types for SIMD
@pyir.function
def vec_add(a: pyir.vec4f, b: pyir.vec4f) -> pyir.vec4f:
    result: pyir.vec4f
    pyir.inline("""
        %result = fadd <4 x float> %a, %b
    """)
    return result


print(vec_add([1, 2, 3, 4], np.full(4, 0.5, dtype=np.float32)))  # [1.5 2.5 3.5 4.5]


# Struct types
@pyir.function
def point_add(a: pyir.struct([pyir.float32, pyir.float32]),
              b: pyir.struct([pyir.float32, pyir.float32])) -> pyir.struct([pyir.float32, pyir.float32]):
    result: pyir.struct([pyir.float32, pyir.float32])
    pyir.inline("""
        %x1 = extractvalue {float, float} %a, 0
        %y1 = extractvalue {float, float} %a, 1
        %x2 = extractvalue {float, float} %b, 0
        %y2 = extractvalue {float, float} %b, 1
        %sum_x = fadd float %x1, %x2
        %sum_y = fadd float %y1, %y2
        %result = insertvalue {float, float} undef, float %sum_x, 0
        %result = insertvalue {float, float} %result, float %sum_y, 1
    """)
    return result


print(point_add((1.0, 2.0), (3.0, 4.5)))  # (4.0, 6.5)

# Every type knows its LLVM spelling, ctypes type and NumPy dtype
for t in (pyir.int1, pyir.int32, pyir.float32, pyir.complex128, pyir.vec4f,
          pyir.struct([pyir.float32, pyir.int64]), pyir.array(pyir.int16, 3)):
    print(f"{t!r:45} {t.llvm:22} {t.ctype.__name__:14} {t.dtype}")
