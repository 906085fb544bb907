"""Calls through a function's entry thunk, for signatures ctypes cannot give to the machine-code
address: vectors and masks, half, and aggregates whose results do not come back like a C struct
({float, float}, {double, i32}, ...).

The thunk (`pyir_thunk`, docs/c-abi.md) is `int64 thunk(void* args, void* results)`: every register
part of every argument is a 32-byte cell of `args`, every result part a cell of `results` (or the
result's whole memory image at `results` when it is returned in memory). It returns 0, or the trap
status that `pyir_trap_error` turns into the error. The call is a ctypes call of the thunk's address
on per-thread buffers: no managed code runs unless the call traps.

`build` plans a call from the cell table and the Python types and returns the source and globals
of a generated function:
  - scalar leaves of all arguments (ints, floats, pointers, struct and complex members) are written
    by one cached struct.Struct whose fields sit at their cells' offsets;
  - each vector (or mask, one 0/1 byte per lane) is written as the bytes of a NumPy array of the
    right dtype and shape (taken as it is) or of the converted value;
  - results are read the same way: one struct.Struct for the scalar leaves, NumPy views of the
    per-thread result buffer for vectors (copied), masks as bool arrays.
Any exception while writing the arguments (a wrong type, an int out of range, a float too large
for `float`) re-runs the conversion generically (Type.convert + pack_into, cell by cell), which
raises the documented TypeError/OverflowError or, for a value that is only unusual, writes it.
`build` returns None when the cells do not match what the types predict (then the caller uses
pyir_call).
"""
import ctypes
import struct
import threading

from ._lib import CELL_MASK
from ._types import (ComplexType, FloatType, IntType, PtrType, VectorType, _AggregateType, _np)

_ALIGN = 64
_INT_READ = {8: "b", 16: "h", 32: "i", 64: "q"}
_FLOAT_FMT = {16: "e", 32: "f", 64: "d"}


def _leaves(t):
    return t.leaves() if isinstance(t, _AggregateType) else [(0, t)]


def _is_mask(t):
    return isinstance(t, VectorType) and isinstance(t.element, IntType) and t.element.bits == 1


def _byte_vector(t):
    """A vector whose lanes NumPy holds as they are in memory (not a mask, not odd int widths)."""
    return isinstance(t, VectorType) and not _is_mask(t) and t._target_dtype is not None


def _struct_format(fields):
    """'<' format placing each (offset, char) at its offset, padding between; None if they overlap."""
    fmt, pos = ["<"], 0
    for off, ch in sorted(fields):
        if off < pos:
            return None
        if off > pos:
            fmt.append(f"{off - pos}x")
        fmt.append(ch)
        pos = off + struct.calcsize("<" + ch)
    return "".join(fmt)


def _vector_span(cells, base, t):
    """(first cell offset, byte count) when the vector's cells hold its image contiguously."""
    if not cells:
        return None
    first = cells[0]
    if first[2] != base:
        return None
    for c in cells:
        if c[1] - first[1] != c[2] - base:
            return None
    n = t.store_size
    if sum(c[3] for c in cells) < n:
        return None
    return first[1], n


class _Unsupported(Exception):
    pass


def _cells_in(cells, base, size):
    return sorted((c for c in cells if base <= c[2] < base + size), key=lambda c: c[2])


def build(thunk, param_types, return_type, names, whats, trap):
    """(source lines, globals) of `def _pyir_fn(names...)` calling `thunk` (a ThunkRecord), or
    None when the cells are not what the types predict. `whats` name the arguments in errors;
    `trap(status)` raises the error of a trap."""
    try:
        return _Builder(thunk, param_types, return_type, names, whats, trap).source()
    except _Unsupported:
        return None


class _Builder:
    def __init__(self, thunk, param_types, return_type, names, whats, trap):
        self.thunk = thunk
        self.param_types = list(param_types)
        self.return_type = return_type
        self.names = names
        self.whats = whats
        self.env = {"_pyir_trap": trap, "_pyir_tl": threading.local()}
        self.result_views = []    # (offset, dtype, count) of each vector result view
        self.vectors = 0

    # Arguments ---------------------------------------------------------------------------
    def arguments(self):
        by_param = {}
        for c in self.thunk.arg_cells:
            by_param.setdefault(c[0], []).append(c)
        pre, fields, exprs, vectors = [], [], [], []
        claimed = 0
        for i, (n, t) in enumerate(zip(self.names, self.param_types)):
            cells = by_param.get(i, [])
            leaves = _leaves(t)
            aggregate = isinstance(t, _AggregateType)
            if aggregate:
                self.env[f"_pyir_cv{i}"] = (lambda t_, w_: lambda v: t_.convert(v, w_))(t, self.whats[i])
                if isinstance(t, ComplexType):
                    pre.append(f"_pyir_v{i} = ({n}.real, {n}.imag) if {n}.__class__ is complex else _pyir_cv{i}({n})")
                else:
                    pre.append(f"_pyir_v{i} = _pyir_cv{i}({n})")
                paths = _leaf_paths(t, f"_pyir_v{i}")
            else:
                paths = [n]
            for (off, lt), path in zip(leaves, paths):
                if isinstance(lt, VectorType):
                    own = _cells_in(cells, off, max(lt.store_size, 1))
                    claimed += len(own)
                    vectors.append(self.vector_argument(i, lt, path, own, off, aggregate))
                    continue
                own = [c for c in cells if c[2] == off]
                if len(own) != 1 or own[0][4] == CELL_MASK:
                    raise _Unsupported
                claimed += 1
                cell = own[0]
                if isinstance(lt, IntType):
                    if lt.bits > 64:
                        raise _Unsupported
                    if not aggregate:
                        pre.append(f"if not {lt.min} <= {path} <= {lt.max}: raise OverflowError")
                    fields.append((cell[1], "Q"))
                    exprs.append(f"({path} & {lt.max})")
                elif isinstance(lt, FloatType):
                    if cell[3] != lt.store_size:
                        raise _Unsupported
                    fields.append((cell[1], _FLOAT_FMT[lt.bits]))
                    exprs.append(path)
                elif isinstance(lt, PtrType):
                    fields.append((cell[1], "Q"))
                    if aggregate:
                        exprs.append(path)
                    else:
                        self.env[f"_pyir_cp{i}"] = (lambda t_, w_: lambda v: t_.convert(v, w_))(lt, self.whats[i])
                        exprs.append(f"({path} if {path}.__class__ is int else _pyir_cp{i}({path}))")
                else:
                    raise _Unsupported
        if claimed != len(self.thunk.arg_cells):
            raise _Unsupported
        lines = list(pre)
        if fields:
            fmt = _struct_format(fields)
            if fmt is None:
                raise _Unsupported
            self.env["_pyir_AS"] = struct.Struct(fmt)
            lines.append(f"_pyir_AS.pack_into(_pyir_amv, 0, {', '.join(exprs)})")
        lines.extend(vectors)
        return lines

    def vector_argument(self, i, t, path, cells, base, converted):
        """The line that writes vector `path` into its cells (bytes of an array of the right dtype)."""
        k = self.vectors
        self.vectors += 1
        if _is_mask(t):
            if len(cells) != 1 or cells[0][4] != CELL_MASK or cells[0][5] != t.count or cells[0][2] != base:
                raise _Unsupported
            start, n, dtype = cells[0][1], t.count, _np().dtype(_np().bool_)
        else:
            if not _byte_vector(t) or any(c[4] == CELL_MASK for c in cells):
                raise _Unsupported
            span = _vector_span(cells, base, t)
            if span is None:
                raise _Unsupported
            (start, n), dtype = span, t._target_dtype
        np = _np()
        self.env.update({f"_pyir_nd": np.ndarray, f"_pyir_dt{k}": dtype, f"_pyir_sh{k}": (t.count,),
                         f"_pyir_vb{k}": (lambda t_, w_, d_: lambda v: np.asarray(t_.convert(v, w_), dtype=d_).tobytes())(
                             t, self.whats[i], dtype)})
        target = f"_pyir_amv[{start}:{start + n}]"
        if converted:  # a member of a converted aggregate: already an array (or a list of lanes)
            return f"{target} = _pyir_vb{k}({path})"
        return (f"{target} = {path}.tobytes() if {path}.__class__ is _pyir_nd and {path}.dtype is _pyir_dt{k} "
                f"and {path}.shape == _pyir_sh{k} else _pyir_vb{k}({path})")

    # Results -----------------------------------------------------------------------------
    def results(self):
        """(lines reading the result, expression of the value)."""
        t = self.return_type
        if t.llvm == "void":
            return [], "None"
        if self.thunk.result_in_memory:
            # The memory image at the start of the buffer: leaves at their own offsets.
            cells = [(-1, off, off, lt.store_size, 0, 0) for off, lt in _leaves(t)]
            if any(_is_mask(lt) or (isinstance(lt, IntType) and lt.bits not in _INT_READ and lt.bits != 1)
                   or (isinstance(lt, VectorType) and not _byte_vector(lt)) for _, lt in _leaves(t)):
                self.env["_pyir_rt"] = t
                return [], "_pyir_rt.unpack_from(_pyir_rb, 0)"
            memory = True
        else:
            cells = self.thunk.result_cells
            memory = False
        fields, leaf_exprs = [], []
        claimed = 0
        for off, lt in _leaves(t):
            if isinstance(lt, VectorType):
                own = _cells_in(cells, off, max(lt.store_size, 1))
                claimed += len(own)
                leaf_exprs.append(self.vector_result(lt, own, off))
                continue
            own = [c for c in cells if c[2] == off]
            if len(own) != 1 or own[0][4] == CELL_MASK:
                raise _Unsupported
            claimed += 1
            cell = own[0]
            j = len(fields)
            if isinstance(lt, IntType):
                if lt.bits == 1:
                    fields.append((cell[1], "B"))
                    leaf_exprs.append(f"bool(_pyir_r[{j}] & 1)")
                elif lt.bits in _INT_READ:
                    fields.append((cell[1], _INT_READ[lt.bits]))
                    leaf_exprs.append(f"_pyir_r[{j}]")
                elif lt.bits < 64 and not memory:
                    fields.append((cell[1], "Q"))
                    self.env[f"_pyir_nr{j}"] = lt.normalize_result
                    leaf_exprs.append(f"_pyir_nr{j}(_pyir_r[{j}])")
                else:
                    raise _Unsupported
            elif isinstance(lt, FloatType):
                fields.append((cell[1], _FLOAT_FMT[lt.bits]))
                leaf_exprs.append(f"_pyir_r[{j}]")
            elif isinstance(lt, PtrType):
                fields.append((cell[1], "Q"))
                leaf_exprs.append(f"_pyir_r[{j}]")
            else:
                raise _Unsupported
        if claimed != len(cells):
            raise _Unsupported
        lines = []
        if fields:
            fmt = _struct_format(fields)
            if fmt is None:
                raise _Unsupported
            self.env["_pyir_RS"] = struct.Struct(fmt)
            lines.append("_pyir_r = _pyir_RS.unpack_from(_pyir_rb)")
        it = iter(leaf_exprs)
        return lines, _assemble(t, it)

    def vector_result(self, t, cells, base):
        name = f"_pyir_rv{len(self.result_views)}"
        np = _np()
        if _is_mask(t):
            if len(cells) != 1 or cells[0][4] != CELL_MASK or cells[0][5] != t.count:
                raise _Unsupported
            self.result_views.append((cells[0][1], np.dtype(np.uint8), t.count))
            self.env["_pyir_bool"] = np.dtype(np.bool_)
            return f"{name}.astype(_pyir_bool)"
        if not _byte_vector(t):
            raise _Unsupported
        span = _vector_span(cells, base, t)
        if span is None:
            raise _Unsupported
        self.result_views.append((span[0], t._target_dtype, t.count))
        return f"{name}.copy()"

    # The function ------------------------------------------------------------------------
    def source(self):
        arg_lines = self.arguments()
        result_lines, value = self.results()
        th = self.thunk
        proto = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p)
        self.env["_pyir_th"] = proto(th.thunk)
        views = self.result_views
        self.env["_pyir_new"] = _buffers_factory(th.args_bytes, th.results_bytes, views)
        self.env["_pyir_generic"] = _generic_packer(self.param_types, self.whats, th.arg_cells)
        self.env["_pyir_PackFailure"] = Exception
        unpacked = ", ".join(["_pyir_amv", "_pyir_aa", "_pyir_ra", "_pyir_rb"] + [f"_pyir_rv{k}" for k in range(len(views))])
        params = ", ".join(self.names)
        tuple_ = f"({params}{',' if len(self.names) == 1 else ''})"
        src = [f"def _pyir_fn({params}):",
               "    try:",
               f"        {unpacked} = _pyir_tl.b",
               "    except AttributeError:",
               f"        {unpacked} = _pyir_new(_pyir_tl)"]
        if arg_lines:
            src += ["    try:"]
            src += ["        " + line for line in arg_lines]
            src += ["    except _pyir_PackFailure:",
                    f"        _pyir_generic({tuple_}, _pyir_amv)"]
        src += ["    _pyir_s = _pyir_th(_pyir_aa, _pyir_ra)",
                "    if _pyir_s:",
                "        _pyir_trap(_pyir_s)"]
        src += ["    " + line for line in result_lines]
        src += [f"    return {value}"]
        return src, self.env


def _leaf_paths(t, base):
    """Expressions that index a converted aggregate value (nested tuples) down to each leaf."""
    if isinstance(t, _AggregateType):
        out = []
        for i, m in enumerate(t.members):
            out.extend(_leaf_paths(m, f"{base}[{i}]"))
        return out
    return [base]


def _assemble(t, leaf_exprs):
    """The result expression: tuples for structs and arrays, complex() for complex types."""
    if isinstance(t, ComplexType):
        a, b = _assemble(t.part, leaf_exprs), _assemble(t.part, leaf_exprs)
        return f"complex({a}, {b})"
    if isinstance(t, _AggregateType):
        parts = [_assemble(m, leaf_exprs) for m in t.members]
        return "(" + "".join(p + ", " for p in parts) + ")"
    return next(leaf_exprs)


def _aligned(nbytes):
    """(owner, writable memoryview of nbytes, address), the address aligned to 64 bytes."""
    buf = ctypes.create_string_buffer(nbytes + _ALIGN)
    base = ctypes.addressof(buf)
    pad = (-base) % _ALIGN
    return buf, memoryview(buf).cast("B")[pad:pad + nbytes], base + pad


def _buffers_factory(args_bytes, results_bytes, views):
    """Makes the calling thread's buffers (ctypes releases the GIL during the call, so threads
    must not share them): args view and address, results address and view, result array views."""

    def new(tl):
        a_owner, amv, aa = _aligned(max(args_bytes, 32))
        r_owner, rmv, ra = _aligned(max(results_bytes, 32))
        np = _np() if views else None
        rvs = [np.frombuffer(rmv, dtype=dt, count=count, offset=off) for off, dt, count in views]
        b = (amv, aa, ra, rmv, *rvs)
        tl.b = b
        tl.owners = (a_owner, r_owner)
        return b

    return new


def _generic_packer(param_types, whats, arg_cells):
    """Writes every argument cell from Type.convert + Type.pack_into (the memory image), as
    JitEngine.InvokeImages does: raises the documented error for a bad argument."""
    by_param = {}
    for c in arg_cells:
        by_param.setdefault(c[0], []).append(c)

    def pack(values, amv):
        images = []
        for i, (t, v, what) in enumerate(zip(param_types, values, whats)):
            try:
                cv = t.convert(v, what)
            except (TypeError, OverflowError, ValueError) as e:
                raise e.with_traceback(None) from None
            image = bytearray(max(t.size, 1))
            t.pack_into(image, 0, cv)
            images.append(image)
        for i, image in enumerate(images):
            for _, off, src, size, kind, lanes in by_param.get(i, ()):
                if kind == CELL_MASK:
                    bits = int.from_bytes(image[src:src + size], "little")
                    amv[off:off + lanes] = bytes((bits >> lane) & 1 for lane in range(lanes))
                else:
                    amv[off:off + size] = image[src:src + size]

    return pack
