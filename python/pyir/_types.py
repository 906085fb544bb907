"""The PyIR type objects: LLVM spelling (.llvm), ctypes type (.ctype), NumPy dtype (.dtype).

Each type also knows its x86-64 memory layout (the rules of src/Frontend/Ir/DataLayout.cs: LLVM's
default x86-64 datalayout) and how to turn a Python value into that layout and back. The layout is
what `pyir_call` (the engine's generic call) reads and writes, and what NumPy kernels load from.
`parse_type` reads LLVM type text (as `pyir_function_info.signature` prints it) into these objects.
NumPy is imported only when a dtype or a vector value is needed, so `import pyir` stays light.
"""
import ctypes
import functools
import operator
import re
import struct as _struct

__all__ = [
    "Type", "IntType", "FloatType", "VoidType", "PtrType", "VectorType", "StructType",
    "ComplexType", "ArrayType", "vector", "struct", "array", "from_annotation", "parse_type",
    "parse_function_type",
]


def _np():
    import numpy
    return numpy


def _round_up(value, alignment):
    return (value + alignment - 1) // alignment * alignment


def _describe(value):
    """A short description of a value's type for error messages."""
    return type(value).__name__


class Type:
    """Base of every PyIR type. Types compare equal when their LLVM spelling is equal."""

    llvm = "?"
    name = "?"

    # Layout ------------------------------------------------------------------------------
    @functools.cached_property
    def store_size(self):
        raise NotImplementedError

    @functools.cached_property
    def alignment(self):
        raise NotImplementedError

    @functools.cached_property
    def size(self):
        """Alloc size: bytes between consecutive elements of an array of this type."""
        return _round_up(self.store_size, self.alignment)

    # Python values -----------------------------------------------------------------------
    def convert(self, value, what):
        """Checks a Python value for this type and returns it normalized; `what` names it in
        errors ("argument 'a' of add()")."""
        raise NotImplementedError

    def pack_into(self, buf, offset, value):
        """Writes a value (already `convert`ed) into `buf` at `offset` in memory layout."""
        raise NotImplementedError

    def unpack_from(self, buf, offset):
        """Reads a value of this type from memory layout into a Python value."""
        raise NotImplementedError

    # Misc --------------------------------------------------------------------------------
    def __eq__(self, other):
        return isinstance(other, Type) and other.llvm == self.llvm

    def __hash__(self):
        return hash(self.llvm)

    def __repr__(self):
        return "pyir." + self.name

    def __str__(self):
        return self.llvm

    @property
    def is_scalar(self):
        return False


class VoidType(Type):
    llvm = "void"
    name = "void"
    ctype = None
    store_size = 0
    alignment = 1

    @functools.cached_property
    def dtype(self):
        return None

    def convert(self, value, what):
        raise TypeError(f"{what}: void has no values")


_INT_CTYPES = {1: ctypes.c_bool, 8: ctypes.c_int8, 16: ctypes.c_int16, 32: ctypes.c_int32,
               64: ctypes.c_int64}


class IntType(Type):
    """iN. Python ints in [-2**(N-1), 2**N) are accepted (LLVM integers have no sign; negative
    values and values >= 2**(N-1) both fit); results come back signed, i1 as bool."""

    def __init__(self, bits, name=None):
        if not isinstance(bits, int) or not 1 <= bits <= 1 << 23:
            raise ValueError(f"integer width must be 1..8388608, got {bits!r}")
        self.bits = bits
        self.llvm = f"i{bits}"
        self.name = name or ("int1" if bits == 1 else f"int{bits}" if bits in (8, 16, 32, 64) else self.llvm)
        self.ctype = _INT_CTYPES.get(bits) or (ctypes.c_uint8 * ((bits + 7) // 8))
        self.min = -1 if bits == 1 else -(1 << (bits - 1))
        self.max = (1 << bits) - 1

    @property
    def is_scalar(self):
        return True

    @functools.cached_property
    def dtype(self):
        np = _np()
        if self.bits == 1:
            return np.dtype(np.bool_)
        if self.bits in (8, 16, 32, 64):
            return np.dtype(f"int{self.bits}")
        return None

    @functools.cached_property
    def store_size(self):
        return (self.bits + 7) // 8

    @functools.cached_property
    def alignment(self):
        b = self.bits
        return 1 if b <= 8 else 2 if b <= 16 else 4 if b <= 32 else 8

    def convert(self, value, what):
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            v = value
        else:
            try:
                v = operator.index(value)  # NumPy integers
            except TypeError:
                raise TypeError(f"{what} must be an int for {self.llvm}, got {_describe(value)}") from None
        if not self.min <= v <= self.max:
            raise OverflowError(f"{what}: {v} does not fit in {self.llvm}")
        return v

    def normalize_result(self, v):
        """An unsigned bit pattern -> the Python result (signed int, bool for i1)."""
        v &= self.max
        if self.bits == 1:
            return bool(v)
        if v >> (self.bits - 1):
            v -= 1 << self.bits
        return v

    def pack_into(self, buf, offset, value):
        n = self.store_size
        buf[offset:offset + n] = (value & self.max).to_bytes(n, "little")

    def unpack_from(self, buf, offset):
        n = self.store_size
        return self.normalize_result(int.from_bytes(bytes(buf[offset:offset + n]), "little"))


class FloatType(Type):
    _FMT = {16: "e", 32: "f", 64: "d"}

    def __init__(self, bits, llvm, name, ctype):
        self.bits = bits
        self.llvm = llvm
        self.name = name
        self.ctype = ctype
        self._fmt = "<" + self._FMT[bits]

    @property
    def is_scalar(self):
        return True

    @functools.cached_property
    def dtype(self):
        return _np().dtype(f"float{self.bits}")

    @functools.cached_property
    def store_size(self):
        return self.bits // 8

    @functools.cached_property
    def alignment(self):
        return self.bits // 8

    def convert(self, value, what):
        if isinstance(value, float):
            return value
        if isinstance(value, (int, bool)):
            return float(value)
        if isinstance(value, (str, bytes, complex)) or not hasattr(value, "__float__"):
            raise TypeError(f"{what} must be a float for {self.llvm}, got {_describe(value)}")
        if getattr(getattr(value, "dtype", None), "kind", "f") == "c":
            raise TypeError(f"{what} must be a float for {self.llvm}, got {_describe(value)}")
        return float(value)

    def pack_into(self, buf, offset, value):
        try:
            _struct.pack_into(self._fmt, buf, offset, value)
        except OverflowError:  # beyond the type's range: rounds to infinity, as a C cast does
            _struct.pack_into(self._fmt, buf, offset, float("inf") if value > 0 else float("-inf"))

    def unpack_from(self, buf, offset):
        return _struct.unpack_from(self._fmt, buf, offset)[0]


class PtrType(Type):
    """ptr. Accepts an int address, None (null), a ctypes object, or anything with
    __array_interface__ (a NumPy array: its data pointer; keep the array alive during the call)."""

    llvm = "ptr"
    name = "ptr"
    ctype = ctypes.c_void_p
    store_size = 8
    alignment = 8

    @property
    def is_scalar(self):
        return True

    @functools.cached_property
    def dtype(self):
        return _np().dtype(_np().uintp)

    def convert(self, value, what):
        if value is None:
            return 0
        if isinstance(value, bool):
            raise TypeError(f"{what} must be a pointer (int address, None, ctypes object or array), got bool")
        if isinstance(value, int):
            if not 0 <= value < 1 << 64:
                raise OverflowError(f"{what}: address {value} is out of range")
            return value
        if isinstance(value, (ctypes._SimpleCData, ctypes.Array, ctypes.Structure, ctypes.Union)):
            if isinstance(value, ctypes.c_void_p):
                return value.value or 0
            return ctypes.addressof(value)
        if isinstance(value, ctypes._Pointer):
            return ctypes.cast(value, ctypes.c_void_p).value or 0
        iface = getattr(value, "__array_interface__", None)
        if iface is not None:
            return iface["data"][0]
        raise TypeError(f"{what} must be a pointer (int address, None, ctypes object or array), got {_describe(value)}")

    def pack_into(self, buf, offset, value):
        _struct.pack_into("<Q", buf, offset, value)

    def unpack_from(self, buf, offset):
        return _struct.unpack_from("<Q", buf, offset)[0]


class VectorType(Type):
    """<n x T>: passed as any sequence or 1-D array of n elements; returned as a NumPy array."""

    def __init__(self, element, count, name=None):
        element = from_annotation(element)
        if not isinstance(element, (IntType, FloatType, PtrType)):
            raise TypeError(f"vector elements must be integers, floats or pointers, got {element!r}")
        if not isinstance(count, int) or count < 1:
            raise ValueError(f"vector length must be a positive int, got {count!r}")
        self.element = element
        self.count = count
        self.llvm = f"<{count} x {element.llvm}>"
        self.name = name or f"vector({element!r}, {count})"
        self.ctype = (element.ctype if isinstance(element.ctype, type) and issubclass(element.ctype, ctypes._SimpleCData)
                      else ctypes.c_uint8 * element.store_size) * count

    def __repr__(self):
        return ("pyir." + self.name) if "(" not in self.name else f"pyir.vector({self.element!r}, {self.count})"

    @functools.cached_property
    def dtype(self):
        """The element dtype with shape (n,) (a NumPy subarray dtype)."""
        np = _np()
        return np.dtype((self.element.dtype, (self.count,)))

    @functools.cached_property
    def store_size(self):
        if isinstance(self.element, IntType):
            return (self.count * self.element.bits + 7) // 8
        return self.count * self.element.store_size

    @functools.cached_property
    def alignment(self):
        p = 1
        while p < self.store_size:
            p <<= 1
        return p

    @functools.cached_property
    def _target_dtype(self):
        """The NumPy dtype a lane array must have (None for odd integer widths)."""
        np = _np()
        return np.dtype(np.uintp) if isinstance(self.element, PtrType) else self.element.dtype

    def convert(self, value, what):
        np = _np()
        el = self.element
        target = self._target_dtype
        # Already right: an array of this dtype and shape is used as it is (the common case on the
        # call path, which runs per call).
        if value.__class__ is np.ndarray and value.dtype == target and value.shape == (self.count,) \
                and not (isinstance(el, IntType) and el.bits == 1):
            return value
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") and not hasattr(value, "__array__"):
            raise TypeError(f"{what} must be a sequence or array of {self.count} values for {self.llvm}, got {_describe(value)}")
        try:
            arr = np.asarray(value)
        except Exception as e:  # ragged input and the like
            raise TypeError(f"{what} must be a sequence or array of {self.count} values for {self.llvm}: {e}") from None
        if arr.shape != (self.count,):
            raise TypeError(f"{what} must have shape ({self.count},) for {self.llvm}, got shape {arr.shape}")
        if isinstance(el, IntType) and el.bits == 1 and arr.dtype.kind in "iu":
            return arr != 0  # masks from 0/1 integers
        if target is None:  # odd integer widths: check each lane
            return [el.convert(v, what) for v in arr.tolist()]
        if arr.dtype == object or not np.can_cast(arr.dtype, target, casting="same_kind"):
            if arr.dtype == object:
                return [el.convert(v, what) for v in arr.tolist()]
            raise TypeError(f"{what}: cannot convert elements of dtype {arr.dtype} to {el.llvm} (NumPy same_kind casting)")
        return arr.astype(target)

    def pack_into(self, buf, offset, value):
        np = _np()
        el = self.element
        if isinstance(el, IntType) and el.bits == 1:
            bits = 0
            for i, v in enumerate(np.asarray(value).tolist()):
                if v:
                    bits |= 1 << i
            buf[offset:offset + self.store_size] = bits.to_bytes(self.store_size, "little")
            return
        if isinstance(value, list):  # odd integer widths: bit-packed lanes
            bits = 0
            for i, v in enumerate(value):
                bits |= (v & el.max) << (i * el.bits)
            buf[offset:offset + self.store_size] = bits.to_bytes(self.store_size, "little")
            return
        data = np.ascontiguousarray(value).tobytes()
        buf[offset:offset + len(data)] = data

    def unpack_from(self, buf, offset):
        np = _np()
        el = self.element
        if isinstance(el, IntType) and (el.bits == 1 or el.dtype is None):
            bits = int.from_bytes(bytes(buf[offset:offset + self.store_size]), "little")
            lanes = [el.normalize_result(bits >> (i * el.bits)) for i in range(self.count)]
            return np.array(lanes, dtype=el.dtype if el.dtype is not None else object)
        return np.frombuffer(buf, dtype=self._target_dtype, count=self.count, offset=offset).copy()


class _AggregateType(Type):
    """Structs and arrays: a fixed list of member types at fixed offsets."""

    members = ()
    offsets = ()

    def leaves(self):
        """The scalar members in memory order, recursively: [(offset, type), ...]."""
        out = []
        for off, m in zip(self.offsets, self.members):
            if isinstance(m, _AggregateType):
                out.extend((off + o, t) for o, t in m.leaves())
            else:
                out.append((off, m))
        return out

    def convert(self, value, what):
        if isinstance(value, complex) and len(self.members) == 2 and isinstance(self.members[0], FloatType) \
                and self.members[0] == self.members[1]:
            return (value.real, value.imag)  # a {float, float} or {double, double} from a complex
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or not hasattr(value, "__getitem__"):
            raise TypeError(f"{what} must be a tuple of {len(self.members)} values for {self.llvm}, got {_describe(value)}")
        if len(value) != len(self.members):
            raise TypeError(f"{what} must have {len(self.members)} values for {self.llvm}, got {len(value)}")
        return tuple(m.convert(v, f"{what}[{i}]") for i, (m, v) in enumerate(zip(self.members, value)))

    def pack_into(self, buf, offset, value):
        for off, m, v in zip(self.offsets, self.members, value):
            m.pack_into(buf, offset + off, v)

    def unpack_from(self, buf, offset):
        return tuple(m.unpack_from(buf, offset + off) for off, m in zip(self.offsets, self.members))


class StructType(_AggregateType):
    """{T, ...} (or <{T, ...}> when packed): passed and returned as tuples."""

    def __init__(self, fields, packed=False, name=None):
        fields = [from_annotation(f) for f in fields]
        for f in fields:
            if isinstance(f, VoidType):
                raise TypeError("a struct field cannot be void")
        self.members = tuple(fields)
        self.packed = packed
        inner = ", ".join(f.llvm for f in fields)
        self.llvm = (f"<{{ {inner} }}>" if packed else f"{{ {inner} }}") if fields else ("<{}>" if packed else "{}")
        self.name = name or f"struct([{', '.join(repr(f) for f in fields)}])"
        offsets, offset, align = [], 0, 1
        for f in fields:
            fa = 1 if packed else f.alignment
            offset = _round_up(offset, fa)
            offsets.append(offset)
            offset += f.size
            align = max(align, fa)
        self.offsets = tuple(offsets)
        self._align = align
        self._size = _round_up(offset, align)
        self._ctype = None

    @property
    def fields(self):
        return self.members

    def __repr__(self):
        return "pyir." + self.name

    @functools.cached_property
    def store_size(self):
        return self._size

    @functools.cached_property
    def alignment(self):
        return self._align

    @property
    def ctype(self):
        if self._ctype is None:
            attrs = {"_fields_": [(f"f{i}", m.ctype) for i, m in enumerate(self.members)]}
            if self.packed:
                attrs["_pack_"] = 1
            cname = self.name if isinstance(self, ComplexType) else "struct"
            self._ctype = type(cname, (ctypes.Structure,), attrs)
        return self._ctype

    @functools.cached_property
    def dtype(self):
        np = _np()
        return np.dtype({"names": [f"f{i}" for i in range(len(self.members))],
                         "formats": [m.dtype for m in self.members],
                         "offsets": list(self.offsets), "itemsize": self._size})


class ComplexType(StructType):
    """complex64 = {float, float}, complex128 = {double, double}: Python complex (or a pair)."""

    def __init__(self, part, name):
        super().__init__([part, part], name=name)
        self.part = part

    def __repr__(self):
        return "pyir." + self.name

    @functools.cached_property
    def dtype(self):
        return _np().dtype(self.name)

    def convert(self, value, what):
        if isinstance(value, complex):
            return (value.real, value.imag)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return (float(value), 0.0)
        if hasattr(value, "dtype") and getattr(value, "shape", None) == () and value.dtype.kind in "fciu":
            c = complex(value)
            return (c.real, c.imag)
        if isinstance(value, tuple) and len(value) == 2:
            return super().convert(value, what)
        raise TypeError(f"{what} must be a complex number for {self.llvm}, got {_describe(value)}")

    def unpack_from(self, buf, offset):
        re_, im = super().unpack_from(buf, offset)
        return complex(re_, im)


class ArrayType(_AggregateType):
    """[n x T]: passed as a sequence of n values, returned as a tuple."""

    def __init__(self, element, count):
        element = from_annotation(element)
        if isinstance(element, VoidType):
            raise TypeError("array elements cannot be void")
        if not isinstance(count, int) or count < 0:
            raise ValueError(f"array length must be a non-negative int, got {count!r}")
        self.element = element
        self.count = count
        self.members = (element,) * count
        self.offsets = tuple(i * element.size for i in range(count))
        self.llvm = f"[{count} x {element.llvm}]"
        self.name = f"array({element!r}, {count})"

    def __repr__(self):
        return f"pyir.array({self.element!r}, {self.count})"

    @functools.cached_property
    def store_size(self):
        return self.element.size * self.count

    @functools.cached_property
    def alignment(self):
        return self.element.alignment

    @property
    def ctype(self):
        return self.element.ctype * self.count

    @functools.cached_property
    def dtype(self):
        return _np().dtype((self.element.dtype, (self.count,)))


def from_annotation(ann):
    """A Python annotation -> a PyIR type: PyIR types as they are, int -> int32, float -> float32,
    bool -> int1, complex -> complex128, None -> void, and LLVM type text ("<4 x float>")."""
    if isinstance(ann, Type):
        return ann
    try:
        t = _ANNOTATIONS.get(ann)
    except TypeError:  # unhashable
        t = None
    if t is not None:
        return t
    if isinstance(ann, str):
        return parse_type(ann)
    raise TypeError(f"{ann!r} is not a PyIR type (use pyir.int32, pyir.float32, pyir.vec4f, "
                    f"pyir.struct([...]), int, float, bool, complex, ...)")



# The named types of API.md ----------------------------------------------------------------
int1 = IntType(1, "int1")
int8 = IntType(8)
int16 = IntType(16)
int32 = IntType(32)
int64 = IntType(64)
float16 = FloatType(16, "half", "float16", ctypes.c_uint16)
float32 = FloatType(32, "float", "float32", ctypes.c_float)
float64 = FloatType(64, "double", "float64", ctypes.c_double)
complex64 = ComplexType(float32, "complex64")
complex128 = ComplexType(float64, "complex128")
void = VoidType()
ptr = PtrType()


def vector(element, count):
    """<count x element>, e.g. pyir.vector(pyir.float32, 4) == pyir.vec4f."""
    return VectorType(element, count)


def struct(fields, packed=False):
    """{f0, f1, ...}, e.g. pyir.struct([pyir.float32, pyir.int32])."""
    if isinstance(fields, Type):
        raise TypeError("pyir.struct takes a list of field types, e.g. pyir.struct([pyir.float32, pyir.float32])")
    return StructType(list(fields), packed=packed)


def array(element, count):
    """[count x element]."""
    return ArrayType(element, count)


vec2f = VectorType(float32, 2, "vec2f")
vec4f = VectorType(float32, 4, "vec4f")
vec8f = VectorType(float32, 8, "vec8f")
vec16f = VectorType(float32, 16, "vec16f")
vec2d = VectorType(float64, 2, "vec2d")
vec4d = VectorType(float64, 4, "vec4d")
vec8d = VectorType(float64, 8, "vec8d")
vec4i = VectorType(int32, 4, "vec4i")
vec8i = VectorType(int32, 8, "vec8i")
vec16i = VectorType(int32, 16, "vec16i")

_ANNOTATIONS = {int: int32, float: float32, bool: int1, complex: complex128, None: void, type(None): void}


# Parsing LLVM type text -------------------------------------------------------------------
_TOKEN = re.compile(r"\s*(<\{|\}>|[{}<>\[\](),*]|\.\.\.|x\b|i\d+|%[-\w$.]+|%\"[^\"]*\"|[A-Za-z_][\w.]*|\d+)")


class _TypeParser:
    def __init__(self, text, named=None):
        self.text = text
        self.named = named or {}
        self.tokens = []
        pos = 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            m = _TOKEN.match(text, pos)
            if not m:
                raise ValueError(f"cannot read LLVM type text {text!r} at {text[pos:]!r}")
            self.tokens.append(m.group(1))
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ValueError(f"cannot read LLVM type text {self.text!r}: expected {expected or 'a type'}, got {tok!r}")
        self.i += 1
        return tok

    def type(self, depth=0):
        if depth > 64:
            raise ValueError(f"LLVM type text {self.text!r} nests too deeply")
        tok = self.take()
        if tok == "void":
            t = void
        elif tok == "ptr":
            t = ptr
            if self.peek() == "addrspace":
                self.take(); self.take("("); self.take(); self.take(")")
        elif tok in ("half", "float", "double"):
            t = {"half": float16, "float": float32, "double": float64}[tok]
        elif re.fullmatch(r"i\d+", tok):
            t = IntType(int(tok[1:]))
        elif tok == "<":
            n = int(self.take())
            self.take("x")
            el = self.type(depth + 1)
            self.take(">")
            t = VectorType(el, n)
        elif tok == "[":
            n = int(self.take())
            self.take("x")
            el = self.type(depth + 1)
            self.take("]")
            t = ArrayType(el, n)
        elif tok in ("{", "<{"):
            close = "}" if tok == "{" else "}>"
            fields = []
            if self.peek() != close:
                fields.append(self.type(depth + 1))
                while self.peek() == ",":
                    self.take()
                    fields.append(self.type(depth + 1))
            self.take(close)
            t = StructType(fields, packed=(tok == "<{"))
        elif tok.startswith("%"):
            if tok not in self.named:
                raise ValueError(f"unknown named type {tok}")
            t = self.named[tok]
            if isinstance(t, str):
                self.named[tok] = None  # guard against recursion
                t = parse_type(t, self.named)
                self.named[tok] = t
            elif t is None:
                raise ValueError(f"recursive named type {tok} cannot be passed by value")
        else:
            raise ValueError(f"cannot read LLVM type text {self.text!r}: unknown type {tok!r}")
        while self.peek() == "*":  # typed pointers of old IR
            self.take()
            t = ptr
        return t


def parse_type(text, named=None):
    """LLVM type text -> a PyIR type. `named` maps '%name' to a type or to its body text."""
    p = _TypeParser(text, named)
    t = p.type()
    if p.peek() is not None:
        raise ValueError(f"cannot read LLVM type text {text!r}: unexpected {p.peek()!r}")
    return t


def parse_function_type(text, named=None):
    """'float (float, <4 x i32>)' -> (return type, [parameter types], is_vararg)."""
    p = _TypeParser(text, named)
    ret = p.type()
    p.take("(")
    params, vararg = [], False
    if p.peek() != ")":
        while True:
            if p.peek() == "...":
                p.take()
                vararg = True
                break
            params.append(p.type())
            if p.peek() != ",":
                break
            p.take()
    p.take(")")
    return ret, params, vararg
