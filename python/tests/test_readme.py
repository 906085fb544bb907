"""The ```python blocks of README.md's "Python" section run, in order, as one script, and each
`print(...)  # expected` prints what its comment says."""
import os
import re

from conftest import REPO


def _python_section():
    text = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    start = text.index("\n## Python\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_readme_python_examples(py):
    blocks = re.findall(r"```python\n(.*?)```", _python_section(), re.S)
    assert len(blocks) >= 4
    script = "\n".join(blocks)
    expected = []
    for line in script.split("\n"):
        m = re.match(r"\s*print\(.*\)\s+# (.+)$", line)
        if m:
            expected.append(m.group(1).strip())
    assert len(expected) >= 4
    proc = py(script)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().split("\n") == expected
