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
        if (!_compiled.ThunkAddresses.TryGetValue(function, out var thunk))
            throw new IrException($"function '@{function.Name}' has no body to run");
        var type = function.FunctionType;
        if (arguments.Count != type.Parameters.Count)
            throw new IrException($"'@{function.Name}' takes {type.Parameters.Count} arguments, got {arguments.Count}");
        var layout = CallLayout.For(type);

        int cells = layout.ArgumentParts.Sum(p => p.Length);
        var args = new byte[Math.Max(cells, 1) * EntryThunk.CellBytes];
        int cell = 0;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (!ReferenceEquals(arguments[i].Type, type.Parameters[i]))
                throw new IrException($"argument {i + 1} of '@{function.Name}' must be {type.Parameters[i]}, got {arguments[i].Type}");
            var image = ConstantBytes.Of(arguments[i], null).Data;
            foreach (var part in layout.ArgumentParts[i])
            {
                int size = PartBytes(part);
                var dst = args.AsSpan(cell * EntryThunk.CellBytes, EntryThunk.CellBytes);
                if (TypeLowering.IsMask(part.Type, out int lanes))
                    MaskLayout.Unpack(image.AsSpan((int)part.Offset), lanes, size).CopyTo(dst);
                else
                    image.AsSpan((int)part.Offset, (int)Math.Min(size, image.Length - part.Offset)).CopyTo(dst);
                cell++;
            }
        }

        var returnType = type.ReturnType;
        int resultBytes = Math.Max(layout.ResultRegisters.Length * EntryThunk.CellBytes,
            returnType.IsVoid ? 0 : (int)DataLayout.AllocSize(returnType));
        var results = new byte[Math.Max(resultBytes, EntryThunk.CellBytes)];
        long status;
        fixed (byte* a = args)
        fixed (byte* r = results)
        {
            var fn = (delegate* unmanaged<byte*, byte*, long>)thunk;
            status = fn(a, r);
        }
        if (status != 0) throw _compiled.TrapError(status);
        if (returnType.IsVoid) return null;
        if (layout.ReturnsInMemory) return ConstantImage.Read(returnType, results);

        var resultImage = new byte[Math.Max(DataLayout.AllocSize(returnType), 8) + 32];
        for (int k = 0; k < layout.ResultParts.Length; k++)
        {
            var part = layout.ResultParts[k];
            var cellBytes = results.AsSpan(k * EntryThunk.CellBytes, PartBytes(part));
            if (TypeLowering.IsMask(part.Type, out int lanes)) MaskLayout.Pack(cellBytes, lanes, resultImage.AsSpan((int)part.Offset));
            else cellBytes.CopyTo(resultImage.AsSpan((int)part.Offset));
        }
        return ConstantImage.Read(returnType, resultImage);
    }

    private static int PartBytes(Part part) => part.Class == Backend.Target.RegClass.Gpr
        ? (int)Math.Min(8, Math.Max(1, DataLayout.StoreSize(part.Type)))
        : part.Type.IsFloatingPoint ? (int)DataLayout.StoreSize(part.Type) : part.Bits / 8;

    public void Dispose() => _compiled.Dispose();
}
