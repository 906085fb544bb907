// The exported C functions of libpyir.so (docs/c-abi.md is the contract). Every export catches
// everything: failures become a status code and the thread's last error (Fail), never an exception
// crossing into the host.
using System.Runtime.InteropServices;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Backend.Target;
using PyIR.Backend.Emit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;

namespace PyIR.Native;

public static unsafe class Exports
{
    public const string Version = "0.4.0";
    private static readonly byte* VersionText = NativeText.AllocatePermanent(Version);

    [UnmanagedCallersOnly(EntryPoint = "pyir_version")]
    public static byte* PyirVersion() => VersionText;

    [UnmanagedCallersOnly(EntryPoint = "pyir_cpu_features")]
    public static ulong PyirCpuFeatures()
    {
        try
        {
            ulong bits = 0;
            if (HostCpu.Avx2) bits |= 1;
            if (HostCpu.Fma) bits |= 2;
            if (HostCpu.Bmi2) bits |= 4;
            if (HostCpu.Avx512F) bits |= 8;
            if (JitEngine.IsSupported) bits |= 256;
            return bits;
        }
        catch
        {
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_compile")]
    public static int PyirCompile(byte* text, byte* file, NativeOptions* options, nint* output)
    {
        try
        {
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = 0;
            string source = NativeText.Require(text, "text");
            string? fileName = NativeText.Read(file);
            var opts = CompileOptions.Read(options);
            var module = NativeModule.Compile(() => Parser.ParseModule(source, fileName), opts);
            *output = Handles.Add(module);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_compile_snippet")]
    public static int PyirCompileSnippet(byte* body, byte* file, int lineOffset, byte* functionName, byte* parameters,
        byte* returnType, byte* returnName, byte* prelude, NativeOptions* options, nint* output)
    {
        try
        {
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = 0;
            string text = NativeText.Require(body, "body");
            string? fileName = NativeText.Read(file);
            string name = NativeText.Require(functionName, "function_name");
            if (name.StartsWith('@')) name = name[1..];
            if (name.Length == 0) throw NativeFailure.Argument("function_name must not be empty");
            var signature = new SnippetSignature(name, ParseSignaturePart(() => Parser.ParseParameterList(NativeText.Read(parameters) ?? ""), "params"),
                ParseSignaturePart(() => ReturnType(NativeText.Read(returnType)), "return_type"), NativeText.Read(returnName)?.TrimStart('%'));
            string? preludeText = NativeText.Read(prelude);
            var opts = CompileOptions.Read(options);
            var module = NativeModule.Compile(() => Parser.ParseSnippet(text, signature, fileName, lineOffset, preludeText), opts);
            *output = Handles.Add(module);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    private static IrType ReturnType(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim() == "void" ? IrType.Void : Parser.ParseType(text);

    /// <summary>Errors in the signature texts are API errors (the caller built them), not the user's IR.</summary>
    private static T ParseSignaturePart<T>(Func<T> parse, string what)
    {
        try { return parse(); }
        catch (IrException e) { throw NativeFailure.Argument($"bad {what}: {e.Description} (column {e.Column})"); }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_engine")]
    public static byte* PyirEngine(nint module)
    {
        try { return Handles.Get(module).EngineName; }
        catch (Exception e) { Fail(e); return NativeText.Empty; }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_function_count")]
    public static int PyirFunctionCount(nint module)
    {
        try { return Handles.Get(module).FunctionCount; }
        catch (Exception e) { return -Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_function_at")]
    public static int PyirFunctionAt(nint module, int index, NativeFunctionInfo* output)
    {
        try
        {
            var m = Handles.Get(module);
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = m.InfoAt(index);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_lookup")]
    public static int PyirLookup(nint module, byte* name, NativeFunctionInfo* output)
    {
        try
        {
            var m = Handles.Get(module);
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = m.Lookup(NativeText.Require(name, "name"));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_thunk")]
    public static int PyirThunk(nint module, byte* name, NativeEntryInfo* output)
    {
        try
        {
            var m = Handles.Get(module);
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            int size = output->Size;
            if (size < 16) throw NativeFailure.Argument($"pyir_thunk_info.size is {size}; set it to sizeof(pyir_thunk_info)");
            m.CopyEntry(NativeText.Require(name, "name"), output, size);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_call")]
    public static int PyirCall(nint module, byte* name, void** args, void* result)
    {
        try
        {
            var m = Handles.Get(module);
            var f = m.Function(NativeText.Require(name, "name"));
            if (f.IsDeclaration) throw NativeFailure.Argument($"'@{f.Name}' is a declaration without a body");
            var type = f.FunctionType;
            if (type.Parameters.Count > 0 && args == null) throw NativeFailure.Argument($"'@{f.Name}' takes {type.Parameters.Count} arguments but args is NULL");
            for (int i = 0; i < type.Parameters.Count; i++)
                if (args[i] == null) throw NativeFailure.Argument($"argument {i + 1} of '@{f.Name}' is a NULL pointer");
            if (!type.ReturnType.IsVoid && result == null) throw NativeFailure.Argument($"'@{f.Name}' returns {type.ReturnType} but result is NULL");
            if (m.Engine is JitEngine jit)
            {
                // Bytes straight into the entry thunk's cells, no IR constants in between.
                try { jit.InvokeImages(f, (byte**)args, (byte*)result); }
                catch (IrException e) { throw NativeFailure.From(Status.Trap, e); }
                return Status.Ok;
            }
            var arguments = new Constant[type.Parameters.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                var t = type.Parameters[i];
                arguments[i] = ConstantImage.Read(t, new ReadOnlySpan<byte>(args[i], (int)DataLayout.AllocSize(t)));
            }

            Constant? value;
            try { value = m.Engine.Invoke(f, arguments); }
            catch (IrException e) { throw NativeFailure.From(Status.Trap, e); }

            if (value is not null && result != null)
            {
                var image = ConstantBytes.Of(value, null).Data;
                int size = (int)DataLayout.AllocSize(type.ReturnType);
                var target = new Span<byte>(result, size);
                target.Clear();
                image.AsSpan(0, Math.Min(size, image.Length)).CopyTo(target);
            }
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_trap_error")]
    public static int PyirTrapError(nint module, long status)
    {
        try
        {
            var m = Handles.Get(module);
            if (m.Engine is not JitEngine jit) throw NativeFailure.Argument("the module runs in the interpreter; it has no native entries");
            if (status == 0) throw NativeFailure.Argument("status is 0: the call did not trap");
            var compiled = jit.Compiled;
            *(long*)compiled.StatusCellAddress = 0;
            throw NativeFailure.From(Status.Trap, compiled.TrapError(status));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_print_ir")]
    public static int PyirPrintIr(nint module, int optimized, byte** output)
    {
        try
        {
            var m = Handles.Get(module);
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = null;
            if (optimized is not (0 or 1)) throw NativeFailure.Argument($"optimized must be 0 or 1, got {optimized}");
            *output = NativeText.Allocate(Printer.Print(optimized == 1 ? m.Compiled : m.Parsed));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_disassemble")]
    public static int PyirDisassemble(nint module, byte* function, byte** output)
    {
        try
        {
            var m = Handles.Get(module);
            if (output == null) throw NativeFailure.Argument("out must not be NULL");
            *output = null;
            Function? only = null;
            if (NativeText.Read(function) is { } name)
            {
                only = m.Function(name);
                if (only.IsDeclaration) throw NativeFailure.Argument($"'@{only.Name}' is a declaration without a body");
            }
            if (!JitEngine.IsSupported) throw new NativeFailure(Status.Unsupported, "the JIT needs an x86-64 Linux host with AVX2, FMA and BMI2");
            *output = NativeText.Allocate(AsmListing.Compile(m.Compiled, only));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_free_string")]
    public static void PyirFreeString(byte* text) => NativeText.Free(text);

    [UnmanagedCallersOnly(EntryPoint = "pyir_module_free")]
    public static void PyirModuleFree(nint module)
    {
        try
        {
            if (Handles.TryRemove(module, out var m)) m!.Dispose();
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "pyir_last_error")]
    public static byte* PyirLastError() => LastError.Message;

    [UnmanagedCallersOnly(EntryPoint = "pyir_last_error_file")]
    public static byte* PyirLastErrorFile() => LastError.File;

    [UnmanagedCallersOnly(EntryPoint = "pyir_last_error_line")]
    public static int PyirLastErrorLine() => LastError.Line;

    [UnmanagedCallersOnly(EntryPoint = "pyir_last_error_column")]
    public static int PyirLastErrorColumn() => LastError.Column;

    /// <summary>Records <paramref name="e"/> as the thread's last error and returns its status.</summary>
    private static int Fail(Exception e)
    {
        var (status, message, file, line, column) = e switch
        {
            NativeFailure f => (f.Status, f.Message, f.File, f.Line, f.Column),
            JitUnsupportedException => (Status.Unsupported, "the JIT cannot compile this: " + e.Message, null, 0, 0),
            NotSupportedException => (Status.Unsupported, e.Message, null, 0, 0),
            IrException ir => (Status.Internal, "internal error: " + ir.Format(), ir.File, ir.Line, ir.Column),
            _ => (Status.Internal, $"internal error: {e.GetType().Name}: {e.Message}", (string?)null, 0, 0),
        };
        try { LastError.Set(message, file, line, column); }
        catch { /* out of memory: the status still says what happened */ }
        return status;
    }
}
