# `pip install ./python` works with Debian's pip and setuptools (no build isolation, no index):
# the installed package, with libpyir.so as package data, compiles and runs a kernel from outside
# the repository.
import os
import subprocess
import sys
import textwrap

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def test_pip_install_into_a_venv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", "--no-index",
                          os.path.join(REPO, "python")], capture_output=True, text=True)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    script = tmp_path / "use_pyir.py"
    script.write_text(textwrap.dedent("""
        import pyir

        @pyir.function
        def add(a: pyir.int32, b: pyir.int32) -> pyir.int32:
            r: int
            pyir.inline("%r = add i32 %a, %b")
            return r

        print(add(40, 2), pyir.__file__)
    """))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYIR_LIBRARY")}
    run = subprocess.run([str(venv / "bin" / "python"), str(script)], capture_output=True, text=True,
                         cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    value, location = run.stdout.split()
    assert value == "42"
    assert location.startswith(str(venv))
