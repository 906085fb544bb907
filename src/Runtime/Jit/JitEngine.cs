// The JIT execution engine: compiles the module once to x86-64 and calls functions through their
// entry thunks. Arguments are laid out per the System V parts of each parameter (32 bytes per
// part), results come back the same way (or, for values returned in memory, as their memory
// image). A trap in generated code returns through the thunk and becomes an IrException at the
// instruction that trapped, exactly as the interpreter reports it.
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Jit;

public sealed unsafe class JitEngine : IExecutionEngine
{
    private readonly CompiledModule _compiled;

    /// <summary>Compiles <paramref name="module"/>; throws <see cref="JitUnsupportedException"/> when it uses what the JIT cannot compile.</summary>
    public JitEngine(Module module, ExecutionLimits? limits = null, JitOptions? options = null)
    {
        Module = module;
        limits ??= ExecutionLimits.Default;
        options ??= new JitOptions { ResolveMathRoutine = MathRoutines.Resolve };
        options = options with { StackBudget = Math.Min(options.StackBudget, Math.Max(limits.MaxStackBytes, 64 * 1024)) };
        _compiled = JitCompiler.Compile(module, options);
    }

    /// <summary>True when this machine can run the JIT's code (x86-64 with AVX2, FMA and BMI2, on Linux).</summary>
    public static bool IsSupported =>
        OperatingSystem.IsLinux() && Backend.Target.HostCpu.CanRunJitCode;

    public string Name => "jit";
    public Module Module { get; }
    public CompiledModule Compiled => _compiled;
    public JitTimings Timings => _compiled.Timings;

    public Constant? Invoke(Function function, IReadOnlyList<Constant> arguments)
    {
        var type = function.FunctionType;
        if (arguments.Count != type.Parameters.Count)
            throw new IrException($"'@{function.Name}' takes {type.Parameters.Count} arguments, got {arguments.Count}");
        // All argument images in one buffer, each at an 8-aligned offset with its alloc size.
        var offsets = new int[arguments.Count + 1];
        for (int i = 0; i < arguments.Count; i++)
        {
            if (!ReferenceEquals(arguments[i].Type, type.Parameters[i]))
                throw new IrException($"argument {i + 1} of '@{function.Name}' must be {type.Parameters[i]}, got {arguments[i].Type}");
            offsets[i + 1] = offsets[i] + (int)(DataLayout.AllocSize(type.Parameters[i]) + 15) / 8 * 8;
        }
        var images = new byte[Math.Max(offsets[^1], 8)];
        for (int i = 0; i < arguments.Count; i++)
        {
            var data = ConstantBytes.Of(arguments[i], null).Data;
            data.AsSpan(0, Math.Min(data.Length, offsets[i + 1] - offsets[i])).CopyTo(images.AsSpan(offsets[i]));
        }
        var returnType = type.ReturnType;
        var result = new byte[returnType.IsVoid ? 8 : DataLayout.AllocSize(returnType) + 8];
        var pointers = stackalloc byte*[Math.Max(arguments.Count, 1)];
        fixed (byte* a = images)
        fixed (byte* r = result)
        {
            for (int i = 0; i < arguments.Count; i++) pointers[i] = a + offsets[i];
            InvokeImages(function, pointers, r);
        }
        return returnType.IsVoid ? null : ConstantImage.Read(returnType, result);
    }

    /// <summary>
    /// Calls a function with arguments and result in LLVM's memory layout (x86-64 data layout):
    /// <paramref name="args"/>[i] points to the alloc size of parameter i, <paramref name="result"/>
    /// to the alloc size of the return type (unused for void). No IR constants are made, so hosts
    /// that hold values as bytes (the C ABI) pay only the copies into the thunk's cells. Traps throw
    /// <see cref="IrException"/> with the position, as <see cref="Invoke"/> does.
    /// </summary>
    public void InvokeImages(Function function, byte** args, byte* result)
    {
        if (!_compiled.ThunkAddresses.TryGetValue(function, out var thunk))
            throw new IrException($"function '@{function.Name}' has no body to run");
        var cells = ThunkCells.For(function.FunctionType);
        int argBytes = cells.ArgumentBytes, resultBytes = cells.ResultBytes;
        Span<byte> cellBytes = argBytes <= 16 * EntryThunk.CellBytes ? stackalloc byte[argBytes] : new byte[argBytes];
        Span<byte> results = resultBytes <= 512 ? stackalloc byte[resultBytes] : new byte[resultBytes];
        cellBytes.Clear();
        results.Clear();

        foreach (var c in cells.Arguments)
        {
            var source = new ReadOnlySpan<byte>(args[c.Value] + c.Source, c.Size);
            var dst = cellBytes.Slice(c.Offset, EntryThunk.CellBytes);
            if (c.IsMask) MaskLayout.Unpack(source, c.Lanes, dst);
            else source.CopyTo(dst);
        }

        long status;
        fixed (byte* a = cellBytes)
        fixed (byte* r = results)
            status = ((delegate* unmanaged<byte*, byte*, long>)thunk)(a, r);
        if (status != 0) throw _compiled.TrapError(status);
        if (function.FunctionType.ReturnType.IsVoid) return;

        var target = new Span<byte>(result, cells.ReturnBytes);
        if (cells.ReturnsInMemory)
        {
            results[..cells.ReturnBytes].CopyTo(target);
            return;
        }
        target.Clear();
        foreach (var c in cells.Results)
        {
            var fromCell = results.Slice(c.Offset, EntryThunk.CellBytes);
            if (c.IsMask) MaskLayout.Pack(fromCell, c.Lanes, target[c.Source..]);
            else fromCell[..c.Size].CopyTo(target[c.Source..]);
        }
    }

    public void Dispose() => _compiled.Dispose();
}
