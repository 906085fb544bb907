"""The snippet dialect: several pyir.inline calls, reassigned names, labels and branches, intrinsic
calls, whole modules in a snippet, void kernels, and errors positioned in this Python file."""
import linecache

import pytest

import pyir


def _line_of(marker):
    """The 1-based line of this file holding `marker`, and the marker's 1-based column."""
    for i, line in enumerate(linecache.getlines(__file__), start=1):
        if marker in line and "_line_of" not in line:
            return i, line.index(marker) + 1
    raise AssertionError(marker)


def test_several_inline_calls_and_reassignment():
    @pyir.function
    def cube(x: pyir.float32) -> pyir.float32:
        result: float
        pyir.inline("""
            %result = fmul float %x, %x
        """)
        pyir.inline("%result = fmul float %result, %x")
        return result

    assert cube(3.0) == 27.0
    assert cube(-2.0) == -8.0


def test_branches_and_phi():
    @pyir.function
    def imax(a: int, b: int) -> int:
        r: int
        pyir.inline("""
            %c = icmp sgt i32 %a, %b
            br i1 %c, label %yes, label %no
        yes:
            br label %done
        no:
            br label %done
        done:
            %r = phi i32 [ %a, %yes ], [ %b, %no ]
        """)
        return r

    assert imax(3, 9) == 9 and imax(9, 3) == 9 and imax(-1, -5) == -1


def test_reassigned_name_across_branches():
    @pyir.function
    def clamp0(a: int) -> int:
        r: int
        pyir.inline("""
            %r = add i32 %a, 0
            %neg = icmp slt i32 %a, 0
            br i1 %neg, label %fix, label %done
        fix:
            %r = add i32 0, 0
            br label %done
        done:
        """)
        return r

    assert clamp0(5) == 5
    assert clamp0(-5) == 0


def test_intrinsics_need_no_declaration():
    @pyir.function
    def sigmoid(x: pyir.float32) -> pyir.float32:
        result: float
        pyir.inline("""
            %neg_x = fsub float 0.0, %x
            %exp_neg = call float @llvm.exp.f32(float %neg_x)
            %denom = fadd float 1.0, %exp_neg
            %result = fdiv float 1.0, %denom
        """)
        return result

    assert sigmoid(0.0) == 0.5
    assert abs(sigmoid(0.5) - 0.6224593312018546) < 1e-6


def test_whole_module_in_a_snippet():
    @pyir.function
    def twice(x: pyir.int64) -> pyir.int64:
        pyir.inline("""
        define i64 @helper(i64 %v) {
          %w = shl i64 %v, 1
          ret i64 %w
        }
        define i64 @twice(i64 %x) {
          %r = call i64 @helper(i64 %x)
          ret i64 %r
        }
        """)
        return x

    assert twice(21) == 42


def test_void_kernel():
    import numpy as np

    @pyir.function
    def fill(p: pyir.ptr, n: pyir.int64, v: pyir.float32):
        pyir.inline("""
        entry:
            br label %loop
        loop:
            %i = phi i64 [ 0, %entry ], [ %next, %loop ]
            %a = getelementptr float, ptr %p, i64 %i
            store float %v, ptr %a
            %next = add i64 %i, 1
            %more = icmp slt i64 %next, %n
            br i1 %more, label %loop, label %done
        done:
        """)

    arr = np.zeros(5, np.float32)
    assert fill(arr, 5, 2.5) is None
    assert arr.tolist() == [2.5] * 5


def test_syntax_error_points_into_this_file():
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def broken(a: int, b: int) -> int:
            r: int
            pyir.inline("""
                %r = add i32 %a, %b
                %r = frobnicate i32 %r, 1   ; SYNTAX-MARKER
            """)
            return r
    err = ei.value
    line, col = _line_of("frobnicate i32")
    assert isinstance(err, SyntaxError)
    assert err.filename == __file__
    assert err.lineno == line
    assert col <= err.offset <= col + len("frobnicate")
    assert "frobnicate" in err.text
    assert "frobnicate" in str(err) or "instruction" in str(err).lower()


def test_type_error_points_into_this_file():
    # libpyir reports type errors found while parsing as syntax errors (IRTypeError is the subclass
    # for errors of its verifier); either way an IRSyntaxError at the line in this file.
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def ill(a: pyir.float32) -> pyir.float32:
            r: float
            pyir.inline("""
                %r = fadd i32 %a, 1   ; TYPE-MARKER
            """)
            return r
    err = ei.value
    assert isinstance(err, pyir.IRSyntaxError) and isinstance(err, SyntaxError)
    assert err.filename == __file__
    assert err.lineno == _line_of("TYPE-MARKER")[0]
    assert "needs floating-point operands" in err.msg or "type" in err.msg


def test_error_in_second_inline_call_and_single_line_literal():
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def two(a: int) -> int:
            r: int
            pyir.inline("%r = add i32 %a, 1")
            pyir.inline("%r = add i32 %r, %undefined_name")  # UNDEF-MARKER
            return r
    line, col = _line_of("%undefined_name")
    assert ei.value.filename == __file__
    assert ei.value.lineno == line
    assert ei.value.offset >= _line_of("pyir.inline(\"%r = add i32 %r, %undef")[1]


def test_returned_name_never_assigned():
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def noassign(a: int) -> int:
            r: int
            pyir.inline("%q = add i32 %a, 1")
            return r
    assert "r" in str(ei.value)


def test_verifier_error_points_into_this_file():
    with pytest.raises(pyir.IRTypeError) as ei:
        @pyir.function
        def bad_phi(c: bool) -> int:
            r: int
            pyir.inline("""
                br i1 %c, label %a, label %b
            a:
                br label %b
            b:
                %r = phi i32 [ 1, %a ], [ 2, %a ]   ; PHI-MARKER
            """)
            return r
    assert ei.value.filename == __file__
    assert ei.value.lineno == _line_of("PHI-MARKER")[0]
    assert "phi" in ei.value.msg
