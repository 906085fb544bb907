// Formats a compiled module's machine code as assembly (Iced's Intel-syntax formatter), one block
// per function, with each IR instruction printed as a comment above the code it became — what
// `pyir asm` and the C ABI's pyir_disassemble show.
using System.Text;
using Iced.Intel;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;

namespace PyIR.Backend.Jit;

public static class AsmListing
{
    /// <summary>The longest IR comment shown above the code (a phi of a switch's join can have thousands of entries).</summary>
    public const int MaxCommentLength = 200;

    /// <summary>
    /// Compiles <paramref name="module"/> with a listing and formats it (every function, or only
    /// <paramref name="only"/>). Throws JitUnsupportedException when the JIT cannot compile the module.
    /// </summary>
    public static string Compile(Module module, Function? only = null)
    {
        using var compiled = JitCompiler.Compile(module, new JitOptions { KeepListing = true, ResolveMathRoutine = MathRoutines.Resolve });
        return Format(compiled, only);
    }

    /// <summary>The listing of every function (or only <paramref name="only"/>). Needs a module compiled with KeepListing.</summary>
    public static string Format(CompiledModule module, Function? only = null)
    {
        var lines = module.Listing ?? throw new InvalidOperationException("the module was compiled without a listing (JitOptions.KeepListing)");
        var formatter = new IntelFormatter();
        formatter.Options.FirstOperandCharIndex = 8;
        formatter.Options.HexPrefix = "0x";
        formatter.Options.HexSuffix = null;
        var sb = new StringBuilder();
        Function? current = null;
        Func<PyIR.Frontend.Ir.Instruction, string>? print = null; // set with each function's first line
        // Each instruction printed once: code from one instruction can come back many times (a
        // phi's constants are set in each predecessor).
        var comments = new Dictionary<PyIR.Frontend.Ir.Instruction, string>(ReferenceEqualityComparer.Instance);
        PyIR.Frontend.Ir.Instruction? lastOrigin = null;
        foreach (var line in lines)
        {
            if (line.Function is null || (only is not null && !ReferenceEquals(line.Function, only))) continue;
            if (!ReferenceEquals(line.Function, current))
            {
                current = line.Function;
                print = Printer.Instructions(current); // names numbered once per function
                lastOrigin = null;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(current.Name).Append(":  ; ").Append(current.FunctionType).Append('\n');
            }
            if (line.Origin is not null && !ReferenceEquals(line.Origin, lastOrigin))
            {
                lastOrigin = line.Origin;
                if (!comments.TryGetValue(line.Origin, out var comment))
                {
                    comment = print!(line.Origin).Trim();
                    if (comment.Length > MaxCommentLength) comment = comment[..MaxCommentLength] + " ...";
                    comment = comment.Replace("\n", "\n        ; "); // (a switch's cases are on lines of their own)
                    comments[line.Origin] = comment;
                }
                sb.Append("        ; ").Append(comment).Append('\n');
            }
            var decoder = Iced.Intel.Decoder.Create(64, new ByteArrayCodeReader(line.Bytes), line.Address);
            var instr = decoder.Decode();
            var output = new StringOutput();
            formatter.Format(instr, output);
            sb.Append($"  {line.Address & 0xFFFF:x4}  {Convert.ToHexString(line.Bytes).ToLowerInvariant(),-24} {output.ToStringAndReset()}\n");
        }
        return sb.ToString();
    }
}
