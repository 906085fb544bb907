"""The runnable examples in examples/*.py print what the README says they print."""
import os
import re
import subprocess
import sys

import pytest

from conftest import PYTHON_DIR, REPO


def run_example(name):
    env = dict(os.environ)
    env["PYTHONPATH"] = PYTHON_DIR
    proc = subprocess.run([sys.executable, os.path.join(REPO, "examples", name)], capture_output=True,
                          text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_quickstart():
    out = run_example("quickstart.py").splitlines()
    assert out[0] == "5"
    assert out[1] == "[2. 3. 4. 5. 6.]"
    assert out[2] == "[[ 0.5  1.5  2.5  3.5  4.5]"
    assert out[3] == " [ 0.5 10.5 20.5 30.5 40.5]]"
    assert out[4:] == ["parallel: NotImplementedError", "async: NotImplementedError", "sandboxed: NotImplementedError"]


def test_types():
    out = run_example("advanced_types.py").splitlines()
    src = open(os.path.join(REPO, "examples", "advanced_types.py")).read().split("\n")
    bad_line = next(i for i, l in enumerate(src, 1) if "insertvalue {float, float} %a, %b, 0" in l)
    assert out[0].startswith(f"add_complex rejected: line {bad_line}: "), out[0]
    assert out[1] == "(4+1j)"
    assert out[2] == "[1.5 2.5 3.5 4.5]"
    assert out[3] == "(4.0, 6.5)"
    assert out[4].split() == ["pyir.int1", "i1", "c_bool", "bool"]
    assert out[7].split()[:3] == ["pyir.complex128", "{", "double,"]
    assert out[8].split() == ["pyir.vec4f", "<4", "x", "float>", "c_float_Array_4", "('<f4',", "(4,))"]


def test_introspection():
    out = run_example("introspection.py")
    assert "Kernel: debug_kernel\nHas IR: True\nParameters: [('x', pyir.float32)]\n" in out
    assert "define float @debug_kernel(float %x)" in out
    assert "Outputs: ['%result'] ['result']" in out
    assert "mulss" in out


def test_linking():
    out = run_example("linking.py").splitlines()
    assert out == ["7.0 0.0", "[0.  1.5 4.5]", "['fib'] 6765"]


def test_fma_benchmark():
    out = run_example("fma_benchmark.py").splitlines()
    assert re.fullmatch(r"PyIR FMA: \d+\.\d\d ms", out[0])
    assert re.fullmatch(r"Throughput: \d+\.\d M elements/sec", out[1])
    assert float(out[2].split(":")[1]) < 1e-5
