"""pytest setup for the Python package: puts python/ on sys.path (so `python3 -m pytest python/tests`
works from the repo root without PYTHONPATH) and offers helpers to run code in a subprocess.

Tests that need libpyir.so do not skip when it is missing: they fail with LibraryNotFoundError,
which says where the library was looked for ($PYIR_LIBRARY or python/pyir/_native/libpyir.so).
"""
import os
import subprocess
import sys
import tempfile
import textwrap

import pytest
from hypothesis import settings

# No example database: Hypothesis would otherwise write .hypothesis/ into the working directory.
settings.register_profile("pyir", database=None)
settings.load_profile("pyir")

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(PYTHON_DIR)
if PYTHON_DIR not in sys.path:
    sys.path.insert(0, PYTHON_DIR)


def run_python(code, *args, env=None, timeout=120):
    """Runs `code` (dedented) in a fresh /usr/bin/python3 with python/ on PYTHONPATH; returns the
    CompletedProcess (text mode)."""
    e = dict(os.environ)
    e["PYTHONPATH"] = PYTHON_DIR + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    if env:
        e.update(env)
    with tempfile.NamedTemporaryFile("w", suffix=".py", prefix="pyir_sub_", delete=False) as f:
        f.write(textwrap.dedent(code))   # a file, so that @pyir.function can read its source
    try:
        return subprocess.run([sys.executable, f.name, *args], capture_output=True, text=True, env=e,
                              timeout=timeout)
    finally:
        os.unlink(f.name)


@pytest.fixture
def py():
    return run_python
