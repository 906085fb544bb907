"""The seed README's "Kernel Introspection and Debugging" example, plus print_ir and disassemble.
Run: ./pyir python examples/introspection.py
"""
import pyir


@pyir.function
def debug_kernel(x: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("""
        %result = fmul float %x, %x
    """)
    return result


# Get kernel metadata
metadata = pyir.get_kernel_metadata(debug_kernel)
print(f"Kernel: {metadata['name']}")
print(f"Has IR: {metadata['has_ir']}")
print(f"Parameters: {metadata['parameters']}")

# Get IR objects for inspection
ir_module, output_vars, output_names = pyir.get_kernel_ir_objects(debug_kernel)
print(f"IR Module:\n{ir_module}")
print(f"Outputs: {output_vars} {output_names}")

# The compiled form and the machine code
pyir.print_ir(debug_kernel, optimized=True)
print(pyir.disassemble(debug_kernel))
