"""get_kernel_metadata, get_kernel_ir_objects (IRModule), print_ir, disassemble."""
import pytest

import pyir


@pyir.function
def debug_kernel(x: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %result = fmul float %x, %x
    """)
    return result


def test_metadata():
    md = pyir.get_kernel_metadata(debug_kernel)
    assert md["name"] == "debug_kernel" and md["has_ir"] is True
    assert md["parameters"] == [("x", pyir.float32)]
    assert md["return_type"] == pyir.float32
    assert md["signature"] == "float (float)"
    assert md["is_simd"] is False and md["simd_width"] is None and md["is_fused"] is False
    assert md["is_async"] is False
    assert md["source_file"] == __file__


def test_ir_objects():
    mod, output_vars, output_names = pyir.get_kernel_ir_objects(debug_kernel)
    assert isinstance(mod, pyir.IRModule)
    assert [f.name for f in mod.functions] == ["debug_kernel"]
    assert mod.functions[0].signature == "float (float)"
    text = str(mod)
    assert "define float @debug_kernel(float %x)" in text
    assert "fmul float %x, %x" in text
    assert "fmul float %x, %x" in str(mod.function("debug_kernel"))
    assert output_vars == ["%result"] and output_names == ["result"]


def test_print_ir(capsys):
    pyir.print_ir(debug_kernel)
    out = capsys.readouterr().out
    assert "define float @debug_kernel" in out
    pyir.print_ir(debug_kernel, optimized=True)
    assert "@debug_kernel" in capsys.readouterr().out


def test_disassemble():
    asm = pyir.disassemble(debug_kernel)
    assert "vmulss" in asm or "mulss" in asm
    assert "ret" in asm


def test_disassemble_interpreted_kernel():
    @pyir.function(engine="interpreter")
    def slow(x: pyir.float32) -> pyir.float32:
        r: float
        pyir.inline("%r = fadd float %x, %x")
        return r

    # the interpreter runs it, but the machine code can still be shown
    assert pyir.get_kernel_metadata(slow)["engine"] == "interpreter"
    assert "addss" in pyir.disassemble(slow)


def test_compiled_module_functions_work_too():
    m = pyir.compile("define i64 @inc(i64 %v) {\n  %w = add i64 %v, 1\n  ret i64 %w\n}\n")
    md = pyir.get_kernel_metadata(m.inc)
    assert md["parameters"] == [("v", pyir.int64)] and md["return_type"] == pyir.int64
    assert "define i64 @inc" in str(pyir.get_kernel_ir_objects(m.inc)[0])


def test_not_a_kernel():
    with pytest.raises(TypeError, match="not a PyIR kernel"):
        pyir.get_kernel_metadata(print)


@pyir.function
def through_memory(x: pyir.int32) -> pyir.int32:
    r: int
    pyir.inline("""
        %p = alloca i32
        store i32 %x, ptr %p
        %v = load i32, ptr %p
        %r = add i32 %v, 0
    """)
    return r


@pyir.function(opt_level=0)
def through_memory_o0(x: pyir.int32) -> pyir.int32:
    r: int
    pyir.inline("""
        %p = alloca i32
        store i32 %x, ptr %p
        %v = load i32, ptr %p
        %r = add i32 %v, 0
    """)
    return r


def test_compiled_ir_is_optimized_at_the_default_level(capsys):
    # opt_level=2 (the default) runs the optimizer's -O2 pipeline: mem2reg and instcombine leave
    # no alloca and no add; opt_level=0 compiles the module as written. Both compute the same.
    pyir.print_ir(through_memory)
    assert "alloca" in capsys.readouterr().out
    pyir.print_ir(through_memory, optimized=True)
    optimized = capsys.readouterr().out
    assert "alloca" not in optimized and "add i32" not in optimized
    pyir.print_ir(through_memory_o0, optimized=True)
    assert "alloca" in capsys.readouterr().out
    assert through_memory(41) == through_memory_o0(41) == 41
