"""Introspection: pyir.get_kernel_metadata, get_kernel_ir_objects (IRModule), print_ir, disassemble.

They accept anything PyIR made: a @pyir.function, a function of pyir.compile(...), a numpy_kernel.
"""
import sys

from ._function import kernel_info
from ._irtext import function_text, split_entities


class IRFunction:
    """One function of an IRModule: `name`, `signature` (LLVM function type), `is_declaration`,
    `engine_address` (0 when interpreted); str() is its LLVM text."""

    def __init__(self, name, signature, is_declaration, text, address=0):
        self.name = name
        self.signature = signature
        self.is_declaration = is_declaration
        self.text = text
        self.engine_address = address

    def __str__(self):
        return self.text or ""

    def __repr__(self):
        return f"<IRFunction @{self.name}: {self.signature}>"


class IRModule:
    """A compiled module's IR: `.functions` (list of IRFunction), `.function(name)`, `.text`;
    str() is the LLVM text (as parsed; `optimized_text()` gives the compiled form)."""

    def __init__(self, native):
        self._native = native
        self.text = native.text(False)
        self.functions = [IRFunction(r.name, r.signature, r.is_declaration,
                                     function_text(self.text, r.name), r.address)
                          for r in native.functions()]

    def function(self, name):
        for f in self.functions:
            if f.name == name:
                return f
        raise KeyError(f"the module has no function @{name}")

    @property
    def globals(self):
        return [key for kind, key, _ in split_entities(self.text) if kind == "global" and key.startswith("@")]

    def optimized_text(self):
        return self._native.text(True)

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"<pyir.IRModule functions={[f.name for f in self.functions]}>"


def get_kernel_metadata(f):
    """A dict describing a kernel: name, ir_name, has_ir, parameters [(name, type)], param_types,
    return_type, signature, is_simd/simd_width/simd_dtype, is_fused, is_async, is_numpy_kernel,
    policy, engine ("jit"/"interpreter"), fast_path (called through its address), call_path
    ("address", "thunk" or "pyir_call": how a call reaches the code), opt_level,
    fast_math, source_file, source_line, callees."""
    info = kernel_info(f)
    from ._numpy import NumpyKernel
    is_np = isinstance(f, NumpyKernel)
    return {
        "name": info.name,
        "ir_name": info.ir_name,
        "has_ir": True,
        "parameters": list(zip(info.param_names, info.param_types)),
        "param_types": list(info.param_types),
        "return_type": info.return_type,
        "signature": info.record.signature,
        "is_simd": False,
        "simd_width": None,
        "simd_dtype": None,
        "is_fused": False,
        "is_async": info.is_async,
        "is_numpy_kernel": is_np,
        "policy": f.policy if is_np else None,
        "engine": info.native.engine,
        "fast_path": info.fast_path,
        "call_path": info.call_path,
        "opt_level": info.options.get("opt_level", 2),
        "fast_math": info.options.get("fast_math", False),
        "source_file": info.source_file,
        "source_line": info.source_line,
        "callees": list(info.callees),
    }


def get_kernel_ir_objects(f):
    """(ir_module, output_vars, output_names): the kernel's IRModule, the IR names of its outputs
    (['%result'], [] for void) and their user-facing names (['result'])."""
    info = kernel_info(f)
    rn = info.return_name
    if rn is None and info.return_type is not None and info.return_type.llvm != "void":
        rn = info.name
    outputs = [] if rn is None else [rn]
    return IRModule(info.native), [f"%{n}" for n in outputs], outputs


def _native_of(f):
    from ._numpy import NumpyKernel
    if isinstance(f, NumpyKernel):
        return f.map_module, None
    info = kernel_info(f)
    return info.native, info.ir_name


def print_ir(f, optimized=False, file=None):
    """Prints the LLVM IR of a kernel's module (as written, or as compiled with optimized=True)."""
    native, _ = _native_of(f)
    print(native.text(bool(optimized)), end="", file=file or sys.stdout)


def disassemble(f):
    """The x86-64 assembly the JIT generated for the kernel (a str). UnsupportedError when the
    kernel runs in the interpreter."""
    native, name = _native_of(f)
    return native.disassemble(name)
