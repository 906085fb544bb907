"""Calls between @pyir.functions by name: the callee's module text is passed as the prelude."""
import pytest

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
def linear_relu(x: pyir.float32, w: pyir.float32, b: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %weighted = fmul float %x, %w
        %pre = fadd float %weighted, %b
        %result = call float @relu(float %pre)
    """)
    return result


@pyir.function
def double_relu(x: pyir.float32) -> pyir.float32:
    r: float
    pyir.inline("""
        %a = call float @relu(float %x)
        %r = fadd float %a, %a
    """)
    return r


@pyir.function
def both(x: pyir.float32) -> pyir.float32:
    # calls two kernels that both link @relu: the prelude holds @relu once
    r: float
    pyir.inline("""
        %a = call float @linear_relu(float %x, float 2.0, float 1.0)
        %b = call float @double_relu(float %x)
        %r = fadd float %a, %b
    """)
    return r


def test_call_by_name():
    assert linear_relu(2.0, 3.0, 1.0) == 7.0
    assert linear_relu(2.0, -3.0, 1.0) == 0.0
    assert double_relu(-1.0) == 0.0 and double_relu(1.5) == 3.0


def test_transitive_and_shared_callees():
    assert both(1.0) == 3.0 + 2.0
    assert both(-4.0) == 0.0
    md = pyir.get_kernel_metadata(both)
    assert md["callees"] == ["linear_relu", "double_relu"]
    ir = str(pyir.get_kernel_ir_objects(both)[0])
    assert ir.count("@relu(float") >= 1 and ir.count("define float @relu") == 1


def test_callee_defined_with_another_ir_name():
    @pyir.function(name="my_square")
    def square(x: pyir.float64) -> pyir.float64:
        r: float
        pyir.inline("%r = fmul double %x, %x")
        return r

    @pyir.function
    def sum_squares(a: pyir.float64, b: pyir.float64) -> pyir.float64:
        r: float
        pyir.inline("""
            %a2 = call double @my_square(double %a)
            %b2 = call double @my_square(double %b)
            %r = fadd double %a2, %b2
        """)
        return r

    assert sum_squares(3.0, 4.0) == 25.0


def test_unknown_callee_is_a_positioned_error():
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def calls_nothing(x: pyir.float32) -> pyir.float32:
            r: float
            pyir.inline("""
                %r = call float @no_such_kernel(float %x)
            """)
            return r
    assert "no_such_kernel" in str(ei.value)
    assert ei.value.filename == __file__
