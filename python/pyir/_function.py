"""`@pyir.function` and `pyir.inline`: Python functions whose body is LLVM IR (the snippet dialect).

At decoration the function's source is read with `ast` (the whole file is parsed once and cached),
the text of its `pyir.inline("...")` calls is laid out so that line k of the snippet body is line k
of the .py file (padded with blank lines, first lines indented to their column), and libpyir
compiles it (`pyir_compile_snippet`) with the parameters and return type of the annotations and the
name in the `return` statement. Errors therefore point into the Python file. Other @pyir.functions
called by name (`call float @relu(float %x)`) are linked by passing their module text as prelude.
"""
import ast
import ctypes
import linecache
import re
import threading
import weakref

from . import _lib
from ._call import make_callable
from ._errors import IRSyntaxError, PYIR_OK
from ._irtext import merge_modules, referenced_functions, split_entities
from ._module import NativeModule
from ._types import VoidType, from_annotation

_registry = {}            # IR name -> weakref to the latest @pyir.function of that name
_registry_lock = threading.Lock()
_ast_cache = {}           # filename -> (lines tuple identity, ast.Module, source)


def inline(ir_text):
    """Marks LLVM IR text inside a @pyir.function body. It has no effect when run: the decorator
    reads the text from the source. Returns the text unchanged."""
    if not isinstance(ir_text, str):
        raise TypeError(f"pyir.inline takes a string literal of LLVM IR, got {type(ir_text).__name__}")
    return ir_text


def function(fn=None, *, name=None, fast_math=False, opt_level=2, engine="auto"):
    """Compiles a Python function whose body is LLVM IR in `pyir.inline(...)` calls.

    Used bare (`@pyir.function`) or with options (`@pyir.function(name="f", fast_math=True,
    opt_level=3)`). `engine` is "auto", "jit" or "interpreter". Parameters and the return type come
    from the annotations (int -> i32, float -> float, bool -> i1, complex -> {double, double});
    `return x` names the snippet value returned. `async def` functions return awaitables."""
    if name is not None and (not isinstance(name, str) or not name or name.startswith("@") or "\x00" in name):
        raise ValueError(f"name must be a non-empty IR function name without '@', got {name!r}")
    _lib.make_options(opt_level, fast_math, engine)  # validates the options early
    if fn is None:
        return lambda f: function(f, name=name, fast_math=fast_math, opt_level=opt_level, engine=engine)
    if not callable(fn) or not hasattr(fn, "__code__"):
        raise TypeError(f"@pyir.function decorates a Python function, got {type(fn).__name__}")
    return _build(fn, name or fn.__name__, dict(fast_math=bool(fast_math), opt_level=opt_level, engine=engine))


# Reading the source ---------------------------------------------------------------------------
def _file_ast(filename, module_globals):
    lines = linecache.getlines(filename, module_globals)
    if not lines:
        return None, None
    cached = _ast_cache.get(filename)
    if cached is not None and cached[0] is lines:
        return cached[1], cached[2]
    source = "".join(lines)
    try:
        tree = ast.parse(source, filename)
    except SyntaxError:
        return None, None
    _ast_cache[filename] = (lines, tree, source)
    return tree, source


def _find_def(tree, fn):
    code = fn.__code__
    want = code.co_firstlineno
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == code.co_name:
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            if first == want or node.lineno == want:
                return node
    return None


def _walk_own(node):
    """Nodes of a function body, not descending into nested functions/classes/lambdas."""
    stack = list(reversed(node.body))
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(n))))


def _is_inline_call(node):
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr == "inline") or (isinstance(f, ast.Name) and f.id == "inline")


def _literal_layout(node, source_lines):
    """(first line, first column, exact) of a string literal's content in the file; exact when the
    value is the literal's text character for character (no escapes, no implicit concatenation)."""
    line = source_lines[node.lineno - 1]
    col = len(line.encode("utf-8")[:node.col_offset].decode("utf-8", "replace"))
    rest = line[col:]
    prefix = ""
    while rest and rest[0] in "rRuU":
        prefix += rest[0]
        rest = rest[1:]
    quote = '"""' if rest.startswith('"""') else "'''" if rest.startswith("'''") else rest[:1]
    start_col = col + len(prefix) + len(quote)
    # The raw text between the quotes, if the literal ends where the node ends.
    if node.end_lineno is None:
        return node.lineno, start_col, False
    end_line = source_lines[node.end_lineno - 1]
    end_col = len(end_line.encode("utf-8")[:node.end_col_offset].decode("utf-8", "replace"))
    if node.end_lineno == node.lineno:
        raw = line[start_col:end_col - len(quote)]
    else:
        raw = "\n".join([line[start_col:]] + source_lines[node.lineno:node.end_lineno - 1]
                        + [end_line[:end_col - len(quote)]])
    raw = raw.replace("\r", "")
    return node.lineno, start_col, raw == node.value


def _snippet_error(fn, node, message, filename):
    line = linecache.getline(filename, node.lineno).rstrip("\n") if node is not None else None
    return IRSyntaxError(f"@pyir.function {fn.__qualname__}: {message}",
                         (filename, getattr(node, "lineno", None), (getattr(node, "col_offset", -1) + 1) or None, line))


class _Snippet:
    def __init__(self, body, return_name, filename, def_line, texts):
        self.body = body
        self.return_name = return_name
        self.filename = filename
        self.def_line = def_line
        self.texts = texts


def _read_snippet(fn):
    code = fn.__code__
    filename = code.co_filename
    tree, source = _file_ast(filename, getattr(fn, "__globals__", None))
    node = _find_def(tree, fn) if tree is not None else None
    if node is None:
        raise TypeError(f"@pyir.function needs the source of {fn.__qualname__}() to read its pyir.inline(...) "
                        f"IR, but it is not available (define it in a .py file, a notebook cell or a module)")
    source_lines = source.split("\n")
    calls = sorted((n for n in _walk_own(node) if _is_inline_call(n)), key=lambda n: (n.lineno, n.col_offset))
    body_lines = []
    texts = []
    for call in calls:
        if len(call.args) != 1 or call.keywords or not isinstance(call.args[0], ast.Constant) \
                or not isinstance(call.args[0].value, str):
            raise _snippet_error(fn, call, "pyir.inline takes one string literal of LLVM IR", filename)
        lit = call.args[0]
        text = lit.value
        if "\x00" in text:
            raise _snippet_error(fn, lit, "the IR text contains a NUL character", filename)
        texts.append(text)
        first, col, exact = _literal_layout(lit, source_lines)
        pieces = text.split("\n")
        start = first - 1
        # Where an earlier snippet already uses these lines (two inline calls on one line, or an
        # escaped newline), move down: positions are then approximate, the IR stays whole.
        while any(start + i < len(body_lines) and body_lines[start + i] for i, p in enumerate(pieces) if p.strip()):
            start += 1
        while len(body_lines) < start + len(pieces):
            body_lines.append("")
        for i, p in enumerate(pieces):
            if i == 0 and exact and start == first - 1:
                p = " " * col + p
            if p.strip():
                body_lines[start + i] = p
    if not texts:
        raise _snippet_error(fn, node, "the body has no pyir.inline(\"...\") IR", filename)
    returns = [n for n in _walk_own(node) if isinstance(n, ast.Return)]
    names = set()
    for r in returns:
        if r.value is None or (isinstance(r.value, ast.Constant) and r.value.value is None):
            names.add(None)
        elif isinstance(r.value, ast.Name):
            names.add(r.value.id)
        else:
            raise _snippet_error(fn, r, "return must name the snippet value to return (return result)", filename)
    if len(names) > 1:
        raise _snippet_error(fn, returns[-1], f"every return must name the same value, got {sorted(map(str, names))}", filename)
    return_name = names.pop() if names else None
    return _Snippet("\n".join(body_lines) + "\n", return_name, filename, node.lineno, texts)


def _annotations(fn):
    anns = dict(getattr(fn, "__annotations__", {}))
    for k, v in anns.items():
        if isinstance(v, str):
            try:
                anns[k] = eval(v, fn.__globals__)  # from __future__ import annotations
            except Exception:
                pass  # maybe LLVM type text; from_annotation reads it
    return anns


# Linking --------------------------------------------------------------------------------------
def _callee_texts(fn, snippet, own_name):
    """Module texts of the @pyir.functions the snippet refers to by name."""
    texts, used, unresolved = [], [], []
    for ref in referenced_functions(snippet.body):
        if ref == own_name or ref.startswith("llvm."):
            continue
        target = None
        g = fn.__globals__.get(ref)
        if g is not None and getattr(getattr(g, "__pyir__", None), "ir_name", None) == ref:
            target = g
        if target is None:
            with _registry_lock:
                w = _registry.get(ref)
            target = w() if w is not None else None
        if target is None:
            unresolved.append(ref)
            continue
        info = target.__pyir__
        texts.append(info.native.text())
        used.append(ref)
    if unresolved:
        known = set()
        for text in [snippet.body] + texts:
            for kind, key, _ in split_entities(text):
                if kind in ("define", "declare"):
                    known.add(key.strip('"'))
                elif kind == "global" and key.startswith("@"):
                    known.add(key[1:].strip('"'))
        for ref in unresolved:
            if ref not in known:
                raise _unknown_name_error(fn, snippet, ref)
    return texts, used


def _unknown_name_error(fn, snippet, ref):
    """libpyir declares unknown callees (a call then traps); PyIR reports them at decoration."""
    pattern = re.compile(r"@" + re.escape(ref) + r"(?![-\w$.])")
    for i, line in enumerate(snippet.body.split("\n"), start=1):
        m = pattern.search(line)
        if m:
            return IRSyntaxError(f"unknown function or global '@{ref}': define it with @pyir.function before "
                                 f"{fn.__name__}, or declare/define it in the snippet",
                                 (snippet.filename, i, m.start() + 1, linecache.getline(snippet.filename, i).rstrip("\n") or line))
    return IRSyntaxError(f"unknown function or global '@{ref}'", (snippet.filename, snippet.def_line, None, None))


# Building -----------------------------------------------------------------------------------
def _build(fn, ir_name, options):
    snippet = _read_snippet(fn)
    anns = _annotations(fn)
    code = fn.__code__
    arg_names = list(code.co_varnames[:code.co_argcount])
    if code.co_kwonlyargcount or code.co_flags & 0x0C:
        raise TypeError(f"@pyir.function {fn.__qualname__}: only plain positional parameters are supported "
                        f"(no *args, **kwargs or keyword-only parameters)")
    param_types = []
    for a in arg_names:
        if a not in anns:
            raise TypeError(f"@pyir.function {fn.__qualname__}: parameter '{a}' needs a type annotation "
                            f"(e.g. {a}: pyir.float32)")
        try:
            t = from_annotation(anns[a])
        except (TypeError, ValueError) as e:
            raise TypeError(f"@pyir.function {fn.__qualname__}: parameter '{a}': {e}") from None
        if isinstance(t, VoidType):
            raise TypeError(f"@pyir.function {fn.__qualname__}: parameter '{a}' cannot be void")
        param_types.append(t)
    try:
        ret_type = from_annotation(anns.get("return", None))
    except (TypeError, ValueError) as e:
        raise TypeError(f"@pyir.function {fn.__qualname__}: return annotation: {e}") from None
    if isinstance(ret_type, VoidType) and snippet.return_name is not None:
        raise TypeError(f"@pyir.function {fn.__qualname__}: returns '{snippet.return_name}' but has no return "
                        f"annotation (add -> pyir.float32 or the like)")
    if not isinstance(ret_type, VoidType) and snippet.return_name is None:
        raise TypeError(f"@pyir.function {fn.__qualname__}: the return type is {ret_type.llvm} but no "
                        f"'return NAME' says which snippet value to return")
    is_async = bool(code.co_flags & 0x80)  # CO_COROUTINE

    prelude_texts, callees = _callee_texts(fn, snippet, ir_name)
    prelude = merge_modules(prelude_texts) if prelude_texts else None
    params = ", ".join(f"{t.llvm} %{a}" for t, a in zip(param_types, arg_names))
    L = _lib.lib()
    opts = _lib.make_options(options["opt_level"], options["fast_math"], options["engine"])
    handle = ctypes.c_void_p()
    rc = L.pyir_compile_snippet(_lib.encode(snippet.body), _lib.encode(snippet.filename), 0, _lib.encode(ir_name),
                                _lib.encode(params), _lib.encode(ret_type.llvm), _lib.encode(snippet.return_name),
                                _lib.encode(prelude), ctypes.byref(opts), ctypes.byref(handle))
    if rc != PYIR_OK:
        err = _lib.last_error(rc)
        raise err.with_traceback(None) from None
    native = NativeModule(handle.value, snippet.filename)
    rec = native.lookup(ir_name)
    if rec is None:
        names = [r.name for r in native.functions() if not r.is_declaration]
        if len(names) == 1:
            rec = native.lookup(names[0])
        else:
            raise IRSyntaxError(f"@pyir.function {fn.__qualname__}: the module defines no function @{ir_name} "
                                f"(it defines {', '.join('@' + n for n in names) or 'nothing'})",
                                (snippet.filename, snippet.def_line, None, None))
    callable_ = make_callable(native, rec, py_name=fn.__name__, options=options, param_names=arg_names,
                              param_types=param_types, return_type=ret_type, is_async=is_async, wrapped=fn,
                              return_name=snippet.return_name, source_file=snippet.filename,
                              source_line=snippet.def_line, body=snippet.body, callees=callees)
    with _registry_lock:
        _registry[rec.name] = weakref.ref(callable_)
    return callable_


def kernel_info(f):
    """The KernelInfo of a PyIR callable, or TypeError."""
    info = getattr(f, "__pyir__", None)
    if info is None:
        raise TypeError(f"{getattr(f, '__name__', type(f).__name__)} is not a PyIR kernel "
                        f"(decorate it with @pyir.function, or take it from pyir.compile(...))")
    return info

