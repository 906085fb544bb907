"""Benchmarks of the Python package, side by side in one run (medians; the machine is shared):

1. `import pyir` time, in fresh interpreters (median of N), and import + loading libpyir.so.
2. The first call of a new @pyir.function, compile included (decoration + first call), against
   Numba's @njit first call (Debian's python3-numba) for the same function.
3. Per-call overhead of a scalar call: the @pyir.function against a bare ctypes call of the same
   machine-code address, and against a plain Python function doing the same work.
4. Per-call time of a <4 x float> add and a complex64 multiply, which go through the entry thunk,
   against the same functions forced through pyir_call (their path before) and NumPy / Python.

Targets: import < 150 ms, first call < 5 ms, per-call within 2x of bare ctypes. Per-call times are
process CPU time, so they stay meaningful on a shared machine.
Run: ./pyir python bench/python/bench_python.py   (or PYTHONPATH=python /usr/bin/python3 ...)
Options: --quick (fewer repetitions).
"""
import ctypes
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "python")
if PYTHON_DIR not in sys.path:
    sys.path.insert(0, PYTHON_DIR)

QUICK = "--quick" in sys.argv
N_IMPORT = 5 if QUICK else 15
N_FIRST = 10 if QUICK else 40
N_NUMBA = 3 if QUICK else 7


def ms(x):
    return f"{x * 1e3:8.2f} ms"


def ns(x):
    return f"{x * 1e9:8.1f} ns"


def subprocess_time(code):
    env = dict(os.environ)
    env["PYTHONPATH"] = PYTHON_DIR + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench_import():
    plain = [subprocess_time("import time; t = time.perf_counter(); import pyir; print(time.perf_counter() - t)")
             for _ in range(N_IMPORT)]
    loaded = [subprocess_time("import time; t = time.perf_counter(); import pyir; pyir.version(); "
                              "print(time.perf_counter() - t)") for _ in range(N_IMPORT)]
    numpy_ = [subprocess_time("import time; t = time.perf_counter(); import numpy; print(time.perf_counter() - t)")
              for _ in range(N_IMPORT)]
    return statistics.median(plain), statistics.median(loaded), statistics.median(numpy_)


SOURCE = '''
import pyir

@pyir.function
def {name}(a: pyir.float64, b: pyir.float64) -> pyir.float64:
    r: float
    pyir.inline("""
        %t = fmul double %a, {k}.0
        %r = fadd double %t, %b
    """)
    return r
'''


def first_call_pyir(tmpdir, i):
    """Decoration (read source, compile) + first call of a function never seen before."""
    name = f"kernel_{i}"
    path = os.path.join(tmpdir, f"{name}.py")
    src = SOURCE.format(name=name, k=i + 2)
    with open(path, "w") as f:
        f.write(src)
    code = compile(src, path, "exec")
    ns_ = {}
    t0 = time.perf_counter()
    exec(code, ns_)
    r = ns_[name](1.0, 2.0)
    t1 = time.perf_counter()
    assert r == (i + 2) * 1.0 + 2.0, r
    return t1 - t0


def first_call_cold():
    """The same in a fresh interpreter: the first @pyir.function of a process (loads the library)."""
    code = r'''
import os, sys, tempfile, time
import pyir
src = """
import pyir

@pyir.function
def cold(a: pyir.float64, b: pyir.float64) -> pyir.float64:
    r: float
    pyir.inline('%r = fadd double %a, %b')
    return r
"""
d = tempfile.mkdtemp()
p = os.path.join(d, "cold.py")
open(p, "w").write(src)
code = compile(src, p, "exec")
ns = {}
t = time.perf_counter()
exec(code, ns)
ns["cold"](1.0, 2.0)
print(time.perf_counter() - t)
'''
    return statistics.median(subprocess_time(code) for _ in range(N_IMPORT))


def first_call_numba(i):
    import numba
    src = f"def f_{i}(a, b):\n    return a * {i + 2}.0 + b\n"
    ns_ = {}
    exec(src, ns_)
    fn = ns_[f"f_{i}"]
    t0 = time.perf_counter()
    jf = numba.njit(fn)
    r = jf(1.0, 2.0)
    t1 = time.perf_counter()
    assert r == (i + 2) * 1.0 + 2.0
    return t1 - t0


def per_call(fn, args, number):
    reps = [timeit.timeit(lambda: fn(*args), number=number) / number for _ in range(7)]
    return statistics.median(reps)


def per_call_stmt(stmt, env, number):
    """Median per-call CPU time of the process (time.process_time: time the process spends
    preempted on a busy machine does not count; single-threaded calls only)."""
    reps = timeit.Timer(stmt, globals=env, timer=time.process_time).repeat(number=number, repeat=7)
    return statistics.median(reps) / number


def main():
    import pyir

    print(f"PyIR Python benchmarks ({'quick' if QUICK else 'full'}); library: {pyir.library_path()}")
    print()
    imp, imp_loaded, imp_numpy = bench_import()
    print("1. import time (fresh interpreter, median of %d)" % N_IMPORT)
    print(f"   import pyir                      {ms(imp)}   target < 150 ms: {'ok' if imp < 0.150 else 'MISSED'}")
    print(f"   import pyir + load libpyir.so    {ms(imp_loaded)}")
    print(f"   import numpy (for comparison)    {ms(imp_numpy)}")
    print()

    tmp = tempfile.mkdtemp(prefix="pyir_bench_")
    first_call_pyir(tmp, 10_000)  # the library's own first-compile warm-up
    firsts = [first_call_pyir(tmp, i) for i in range(N_FIRST)]
    cold = first_call_cold()
    try:
        numba_times = [first_call_numba(i) for i in range(N_NUMBA)]
        numba_med = statistics.median(numba_times)
    except ImportError:
        numba_med = None
    fc = statistics.median(firsts)
    print("2. first call of a new function, compile included (median)")
    print(f"   @pyir.function (warm process)    {ms(fc)}   target < 5 ms: {'ok' if fc < 0.005 else 'MISSED'}")
    print(f"   @pyir.function (first in process){ms(cold)}")
    if numba_med is not None:
        print(f"   numba @njit                      {ms(numba_med)}   ratio numba/pyir: {numba_med / fc:.0f}x")
    else:
        print("   numba @njit                      (numba is not installed)")
    print()

    @pyir.function
    def fadd(a: pyir.float64, b: pyir.float64) -> pyir.float64:
        r: float
        pyir.inline("%r = fadd double %a, %b")
        return r

    @pyir.function
    def iadd(a: pyir.int64, b: pyir.int64) -> pyir.int64:
        r: int
        pyir.inline("%r = add i64 %a, %b")
        return r

    def py_add(a, b):
        return a + b

    info = fadd.__pyir__
    assert info.fast_path, "fadd should be called through its address"
    bare_f = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double, ctypes.c_double)(info.record.address)
    bare_i = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)(iadd.__pyir__.record.address)
    number = 50_000 if QUICK else 200_000
    env = {"fadd": fadd, "iadd": iadd, "bare_f": bare_f, "bare_i": bare_i, "py_add": py_add}
    t_pyir_f = per_call_stmt("fadd(1.5, 2.5)", env, number)
    t_bare_f = per_call_stmt("bare_f(1.5, 2.5)", env, number)
    t_pyir_i = per_call_stmt("iadd(3, 4)", env, number)
    t_bare_i = per_call_stmt("bare_i(3, 4)", env, number)
    t_py = per_call_stmt("py_add(1.5, 2.5)", env, number)
    print("3. per-call time of a scalar call (median of 7 x %d calls)" % number)
    print(f"   pyir  fadd(double, double)       {ns(t_pyir_f)}   ratio to bare ctypes: {t_pyir_f / t_bare_f:.2f}x "
          f"(target <= 2x: {'ok' if t_pyir_f <= 2 * t_bare_f else 'MISSED'})")
    print(f"   bare ctypes, same address        {ns(t_bare_f)}")
    print(f"   pyir  iadd(i64, i64)             {ns(t_pyir_i)}   ratio to bare ctypes: {t_pyir_i / t_bare_i:.2f}x "
          f"(target <= 2x: {'ok' if t_pyir_i <= 2 * t_bare_i else 'MISSED'})")
    print(f"   bare ctypes, same address        {ns(t_bare_i)}")
    print(f"   plain Python function            {ns(t_py)}   pyir/python: {t_pyir_f / t_py:.1f}x")

    # Signatures the machine-code address cannot take from ctypes (vectors; {float, float} results)
    # go through the entry thunk: against the same function forced through pyir_call (the path
    # they took before) and against NumPy / Python doing the same work.
    @pyir.function
    def vadd(a: pyir.vec4f, b: pyir.vec4f) -> pyir.vec4f:
        r: pyir.vec4f
        pyir.inline("%r = fadd <4 x float> %a, %b")
        return r

    @pyir.function
    def cmul(a: pyir.complex64, b: pyir.complex64) -> pyir.complex64:
        r: pyir.complex64
        pyir.inline("""
            %ar = extractvalue {float, float} %a, 0
            %ai = extractvalue {float, float} %a, 1
            %br = extractvalue {float, float} %b, 0
            %bi = extractvalue {float, float} %b, 1
            %t1 = fmul float %ar, %br
            %t2 = fmul float %ai, %bi
            %re = fsub float %t1, %t2
            %t3 = fmul float %ar, %bi
            %t4 = fmul float %ai, %br
            %im = fadd float %t3, %t4
            %r0 = insertvalue {float, float} undef, float %re, 0
            %r = insertvalue {float, float} %r0, float %im, 1
        """)
        return r

    import numpy as np
    from pyir._call import make_callable

    def through_pyir_call(f):
        i = f.__pyir__
        g = make_callable(i.native, i.record, py_name=i.name, param_names=i.param_names, param_types=i.param_types,
                          return_type=i.return_type, force_pyir_call=True)
        assert g.__pyir__.call_path == "pyir_call"
        return g

    assert vadd.__pyir__.call_path == "thunk" and cmul.__pyir__.call_path == "thunk"
    x = np.arange(4, dtype=np.float32)
    c64 = np.complex64(1 + 2j)
    env.update(vadd=vadd, cmul=cmul, vadd_old=through_pyir_call(vadd), cmul_old=through_pyir_call(cmul),
               x=x, np_add=np.add, np_mul=np.multiply, c64=c64)
    assert env["vadd_old"](x, x).tolist() == vadd(x, x).tolist() == [0.0, 2.0, 4.0, 6.0]
    assert env["cmul_old"](1 + 2j, 3 + 4j) == cmul(1 + 2j, 3 + 4j) == -5 + 10j
    rows = [
        ("pyir  vadd(<4 x float>) thunk   ", "vadd(x, x)"),
        ("pyir  vadd through pyir_call     ", "vadd_old(x, x)"),
        ("numpy.add on the same arrays     ", "np_add(x, x)"),
        ("pyir  cmul({float,float}) thunk  ", "cmul(1+2j, 3+4j)"),
        ("pyir  cmul through pyir_call     ", "cmul_old(1+2j, 3+4j)"),
        ("numpy.multiply, complex64 scalars", "np_mul(c64, c64)"),
        ("Python complex multiply          ", "(1+2j) * (3+4j)"),
    ]
    print()
    print("4. per-call time of vector and complex calls (entry thunk vs pyir_call; median of 7 x %d calls)" % (number // 4))
    for label, stmt in rows:
        print(f"   {label} {ns(per_call_stmt(stmt, env, number // 4))}")


if __name__ == "__main__":
    main()
