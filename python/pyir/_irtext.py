"""Light reading of LLVM module text: split it into top-level entities, merge several modules'
texts into one prelude without duplicates, find the parameter names of a `define`.

This is not a parser (libpyir parses); it only relies on the shape of printed modules: each
top-level entity starts at column 0, and a function body ends with a line that is `}`.
"""
import re

_GLOBAL_NAME = re.compile(r'^\s*(?:define|declare)\b[^@]*@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(')
_VAR_NAME = re.compile(r'^\s*(@("(?:[^"\\]|\\.)*"|[-\w$.]+)|%("(?:[^"\\]|\\.)*"|[-\w$.]+)|#\d+|![-\w$.]+|!\d+)\s*=')
_CALLEE = re.compile(r'@("(?:[^"\\]|\\.)*"|[A-Za-z_$.][-\w$.]*)')


def split_entities(text):
    """[(kind, key, text)]: kind 'define'/'declare'/'global'/'other'; key identifies the entity
    (function or global name; the text itself for other lines)."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            i += 1
            continue
        m = _GLOBAL_NAME.match(line)
        if stripped.startswith("define") and m:
            block = [line]
            if not stripped.endswith("}"):
                i += 1
                while i < len(lines):
                    block.append(lines[i])
                    if lines[i].strip() == "}":
                        break
                    i += 1
            out.append(("define", m.group(1), "\n".join(block)))
        elif stripped.startswith("declare") and m:
            out.append(("declare", m.group(1), line))
        else:
            v = _VAR_NAME.match(line)
            if v:
                out.append(("global", v.group(1), line))
            else:
                out.append(("other", stripped, line))
        i += 1
    return out


def merge_modules(texts):
    """One module text holding every entity of `texts` once: a definition wins over a declaration
    of the same function; the first copy of anything else wins."""
    entities = {}
    order = []
    for text in texts:
        for kind, key, body in split_entities(text):
            k = ("fn", key) if kind in ("define", "declare") else (kind, key)
            if k not in entities:
                entities[k] = (kind, body)
                order.append(k)
            elif kind == "define" and entities[k][0] == "declare":
                entities[k] = (kind, body)
    # source_filename / target lines appear once at most.
    seen_other = set()
    lines = []
    for k in order:
        kind, body = entities[k]
        if kind == "other":
            head = body.split("=")[0].strip()
            if head in ("source_filename", "target datalayout", "target triple"):
                if head in seen_other:
                    continue
                seen_other.add(head)
        lines.append(body)
    return "\n".join(lines) + "\n"


def defined_functions(text):
    return [key for kind, key, _ in split_entities(text) if kind == "define"]


def referenced_functions(body):
    """Names used as @name in a snippet body (callees and globals)."""
    names = []
    for m in _CALLEE.finditer(body):
        n = m.group(1)
        if n.startswith('"'):
            n = n[1:-1]
        if n not in names:
            names.append(n)
    return names


def function_text(module_text, name):
    for kind, key, body in split_entities(module_text):
        if kind in ("define", "declare") and key.strip('"') == name:
            return body
    return None


def define_param_names(module_text, name):
    """Parameter names (without %) of `define ... @name(...)`, or None."""
    body = function_text(module_text, name)
    if body is None or not body.lstrip().startswith("define"):
        return None
    head = body.split("\n")[0]
    start = head.find("(", head.find("@"))
    depth, end = 0, -1
    for j in range(start, len(head)):
        c = head[j]
        if c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
            if depth == 0:
                end = j
                break
    if start < 0 or end < 0:
        return None
    params, depth, cur = [], 0, ""
    for c in head[start + 1:end]:
        if c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
        if c == "," and depth == 0:
            params.append(cur)
            cur = ""
        else:
            cur += c
    if cur.strip():
        params.append(cur)
    names = []
    for p in params:
        m = re.search(r'%([-\w$.]+)\s*$', p.strip())
        names.append(m.group(1) if m else None)
    return names
