// The conformance programs, changed: one to three edits each, of an integer constant (to 0, ±1,
// powers of two, the type's limits, the width, a random value), a float constant (±0, ±inf, NaN,
// the extremes, a denormal, 2^31/2^63/2^64), a binary operator (another of its kind), a compare's
// predicate, the signedness of an extension or conversion, the order of two operands, or an operand
// (another value of its type computed earlier in the block). This sends clang-compiled programs
// down paths their C sources never take (loop counts of zero, shifts by the width, divisions by -1,
// conversions out of range, NaN compares). When the
// interpreter runs a changed program to completion within its instruction budget, the optimizer
// (-O2, then the interpreter) and the JIT (as written and after -O2) must give the same result.
// Programs the interpreter stops (a trap, the budget) are only optimized and compiled, which must
// not crash (the JIT has no budget, and what a program computes after a fault is not compared).
// Skipped: programs whose result depends on stack memory read before it is written (undefined;
// found by filling fresh allocas with other bytes), programs whose result depends on addresses (two
// JIT compilations disagree), and the programs that call exp, log, sin, ... (the engines' math
// libraries may differ in the last bit).
// Reads of undefined stack memory are found by filling fresh allocas with several bytes, which can
// miss one (about 1 in 10,000 programs: a changed stack_vm read an opcode from a slot never
// written); so the JIT runs here with JitOptions.ZeroAllocas, which fills fixed-size allocas with
// zeros as the interpreter does.
// PYIR_MUTATED_COUNT sets the number of programs tried (default 200), PYIR_MUTATED_SEED the seed;
// PYIR_MUTATED_DUMP=DIR writes each program that disagrees to DIR/mutated-N.ll.
using System.Text.RegularExpressions;
using PyIR.Backend.Jit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime;
using PyIR.Tests.Generators;
using Xunit;
using Xunit.Abstractions;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Properties;

public partial class MutatedProgramProperties(ITestOutputHelper output)
{
    private static readonly ExecutionLimits Budget = new() { MaxInstructions = 5_000_000 };

    [Fact]
    public void OptimizerAndJitAgreeWithTheInterpreterOnMutatedConformancePrograms()
    {
        int total = int.TryParse(Environment.GetEnvironmentVariable("PYIR_MUTATED_COUNT"), out int n) && n > 0 ? n : 200;
        var dir = TestPaths.Combine("tests", "conformance", "ll");
        // Programs calling exp, log, sin, ... are left out: the JIT's math library and the
        // interpreter's may differ in the last bit (docs/semantics.md), which a changed constant
        // can scale up into the checksum (tanh(x) * -2^63).
        var files = Directory.GetFiles(dir, "*.ll").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Where(text => !Transcendental().IsMatch(text)).ToList();
        var r = new Random(int.TryParse(Environment.GetEnvironmentVariable("PYIR_MUTATED_SEED"), out int seed) ? seed : 20261203);
        var failures = new List<string>();
        int compared = 0, stopped = 0, uninitialized = 0, addressDependent = 0;
        string? dumpDir = Environment.GetEnvironmentVariable("PYIR_MUTATED_DUMP");
        for (int i = 0; i < total && failures.Count < 3; i++)
        {
            var module = Parser.ParseModule(r.Pick(files), "conformance.ll");
            var changes = Mutate(module, r);
            if (changes.Count == 0) continue;
            try { IrVerifier.Verify(module); }
            catch (IrException) { continue; }
            string text = Printer.Print(module);
            // With PYIR_MUTATED_DUMP: the program under test (for when one takes the whole process
            // down) and each program that fails, with what went wrong.
            void Dump(string name, string what)
            {
                if (dumpDir is not null) File.WriteAllText(Path.Combine(dumpDir, name), $"; {what}\n; {string.Join("\n; ", changes)}\n{text}");
            }
            Dump("current.ll", $"#{i}");
            string? reference = Interpret(text, 0);
            if (reference is null)
            {
                // Not run again, but still optimized and compiled: neither may crash on it (a
                // division by a constant 0 is exactly what folding must survive).
                if (PipelineFuzzProperties.PipelineFailure(text) is { } crash)
                {
                    failures.Add($"{crash}\nchanges: {string.Join("; ", changes)}\n{text}");
                    Dump($"mutated-{i}.ll", crash.Split('\n')[0]);
                }
                stopped++;
                continue;
            }
            // A result that depends on stack memory read before it is written (undefined) changes
            // with the fill: negative and positive, odd and even, large and small values (a signed
            // compare treats zero and 0xA5A5... alike). Not compared.
            if (Interpret(text, 0xA5) != reference || Interpret(text, 0x5A) != reference ||
                Interpret(text, 0x01) != reference || Interpret(text, 0xFF) != reference) { uninitialized++; continue; }
            var results = new List<(EngineKind Kind, bool Optimize, string? Got)>();
            foreach (var (kind, optimize) in new[] { (EngineKind.Interpreter, true), (EngineKind.Jit, false), (EngineKind.Jit, true) })
            {
                string? got;
                try { got = Run(Parser.ParseModule(text, "mutated.ll"), kind, optimize); }
                catch (Exception e) { got = $"{e.GetType().Name}: {e.Message}"; }
                results.Add((kind, optimize, got));
            }
            // A program whose result depends on addresses (an edit made it read a pointer field as
            // an integer) gives another result in each JIT compilation: not compared.
            if (results[1].Got != reference && DependsOnAddresses(text))
            {
                addressDependent++;
                continue;
            }
            compared++;
            foreach (var (kind, optimize, got) in results)
                if (got != reference)
                {
                    string engine = $"{kind}{(optimize ? " after -O2" : "")}";
                    failures.Add($"{engine} gives {got}, the interpreter {reference}; changes: {string.Join("; ", changes)}\n{text}");
                    Dump($"mutated-{i}.ll", $"{engine}: {got}, interpreter: {reference}");
                }
        }
        output.WriteLine($"{compared} mutated programs compared; skipped: {stopped} stopped by the interpreter, {uninitialized} reading uninitialized stack, {addressDependent} depending on addresses");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => f.Length > 4000 ? f[..4000] : f)));
        Assert.True(compared > total / 4, $"only {compared} of {total} mutated programs ran to completion");
    }

    [GeneratedRegex(@"call [^@]*@(llvm\.)?(exp|exp2|exp10|expm1|log|log2|log10|log1p|sin|cos|tan|sinh|cosh|tanh|asin|acos|atan|atan2|cbrt|pow|hypot)(f|\.[a-z0-9.]+)?\(")]
    private static partial Regex Transcendental();

    [Fact]
    public void FreshStackByteFillsAllocasSoReadsBeforeWritesShow()
    {
        // The skip above relies on it: a load from a fresh alloca sees the chosen byte.
        const string text = "define i64 @checksum() {\n  %a = alloca i64\n  %v = load i64, ptr %a\n  ret i64 %v\n}\n";
        Assert.Equal("i64 0", Interpret(text, 0));
        Assert.Equal("i64 -6510615555426900571", Interpret(text, 0xA5));
    }

    [Fact]
    public void JitWithZeroAllocasReadsZerosWhereTheStackHeldOtherBytes()
    {
        // @dirty leaves ones in the stack where @read's alloca will be; ZeroAllocas clears it.
        const string text = """
            define void @dirty() {
              %a = alloca [8 x i64]
              %p = getelementptr [8 x i64], ptr %a, i64 0, i64 0
              store <4 x i64> <i64 -1, i64 -1, i64 -1, i64 -1>, ptr %p
              %q = getelementptr [8 x i64], ptr %a, i64 0, i64 4
              store <4 x i64> <i64 -1, i64 -1, i64 -1, i64 -1>, ptr %q
              ret void
            }
            define i64 @read() {
              %a = alloca [8 x i64]
              %s = alloca i8
              %p = getelementptr [8 x i64], ptr %a, i64 0, i64 5
              %v = load i64, ptr %p
              %b = load i8, ptr %s
              %w = zext i8 %b to i64
              %r = or i64 %v, %w
              ret i64 %r
            }
            define i64 @checksum() {
              call void @dirty()
              %r = call i64 @read()
              ret i64 %r
            }
            """;
        var module = Parser.ParseModule(text, "zero.ll");
        using var jit = Engine(module, EngineKind.Jit);
        Assert.Equal("i64 0", jit.Invoke(module.GetFunction("checksum")!, [])?.ToString());
    }

    /// <summary>checksum()'s result as text, by the interpreter on the module as written; null when it stops the program.</summary>
    private static string? Interpret(string text, byte freshStackByte)
    {
        var module = Parser.ParseModule(text, "mutated.ll");
        try
        {
            using var engine = new PyIR.Runtime.Interpreter.Interpreter(module, Budget, freshStackByte);
            return engine.Invoke(module.GetFunction("checksum")!, [])?.ToString() ?? "void";
        }
        catch (IrException)
        {
            return null;
        }
    }

    /// <summary>Whether two JIT compilations alive at once (so at other addresses) give different results.</summary>
    private static bool DependsOnAddresses(string text)
    {
        try
        {
            var m1 = Parser.ParseModule(text, "mutated.ll");
            var m2 = Parser.ParseModule(text, "mutated.ll");
            using var first = Engine(m1, EngineKind.Jit);
            using var second = Engine(m2, EngineKind.Jit);
            return first.Invoke(m1.GetFunction("checksum")!, [])?.ToString() != second.Invoke(m2.GetFunction("checksum")!, [])?.ToString();
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// The JIT zeroes fresh allocas here, as the interpreter does: a changed program that reads a
    /// stack slot before writing it (the fills above can miss one) then runs the same path in both
    /// engines instead of following the stack's old contents (once, into a wild store that killed
    /// the test process).
    /// </summary>
    private static IExecutionEngine Engine(Module module, EngineKind kind) => kind == EngineKind.Jit
        ? new PyIR.Runtime.Jit.JitEngine(module, Budget, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve, ZeroAllocas = true })
        : Engines.Create(module, kind, Budget);

    /// <summary>checksum()'s result as text.</summary>
    private static string? Run(Module module, EngineKind kind, bool optimize)
    {
        if (optimize) Pipelines.Run(module, 2);
        using var engine = Engine(module, kind);
        return engine.Invoke(module.GetFunction("checksum")!, [])?.ToString() ?? "void";
    }

    /// <summary>
    /// One to three edits, each one of: an integer constant operand becomes an edge value; a float
    /// or double constant operand becomes an edge value (±0, ±inf, NaN, the extremes, a denormal,
    /// 2^31/2^63/2^64 for conversions); a binary operator becomes another of its kind (integer or
    /// float, flags dropped); a compare gets another predicate. Says what it changed.
    /// </summary>
    private static List<string> Mutate(Module module, Random r)
    {
        var ints = new List<(Instruction Inst, int Operand, IntegerType Type)>();
        var floats = new List<(Instruction Inst, int Operand, FloatingType Type)>();
        var binaries = new List<BinaryInst>();
        var compares = new List<Instruction>();
        var casts = new List<CastInst>();
        var operands = new List<Instruction>();
        foreach (var f in module.Functions)
            foreach (var b in f.Blocks)
                for (var inst = b.First; inst is not null; inst = inst.Next)
                {
                    if (inst is BinaryInst or ICmpInst or FCmpInst or SelectInst or CastInst && !inst.GetOperand(inst is SelectInst ? 1 : 0).Type.ScalarType.IsPointer)
                        operands.Add(inst);
                    if (inst is CastInst { Opcode: Opcode.SExt or Opcode.ZExt or Opcode.FPToSI or Opcode.FPToUI or Opcode.SIToFP or Opcode.UIToFP } cast) casts.Add(cast);
                    if (inst is BinaryInst bin) binaries.Add(bin);
                    // (Not compares of pointers: a new predicate would order unrelated objects,
                    // whose addresses differ from engine to engine and from run to run.)
                    if (inst is ICmpInst or FCmpInst && !inst.GetOperand(0).Type.ScalarType.IsPointer) compares.Add(inst);
                    if (inst is SwitchInst or AllocaInst) continue; // (case values must stay distinct; stack sizes)
                    for (int k = 0; k < inst.OperandCount; k++)
                    {
                        var op = inst.GetOperand(k);
                        if (op is ConstantInt { Type: IntegerType t } && t.Bits >= 2) ints.Add((inst, k, t));
                        else if (op is ConstantFP { Type: FloatingType ft } && ft.Kind is TypeKind.Float or TypeKind.Double) floats.Add((inst, k, ft));
                    }
                }
        var changes = new List<string>();
        for (int e = r.Next(1, 4); e > 0; e--)
        {
            int kind = r.Next(14);
            if (kind >= 10 && operands.Count > 0)
            {
                var inst = r.Pick(operands);
                if (inst.Parent is null) continue;
                if (kind == 10 && inst is not CastInst)
                {
                    // Swapped operands (a select's two values).
                    int a = inst is SelectInst ? 1 : 0;
                    var (x, y) = (inst.GetOperand(a), inst.GetOperand(a + 1));
                    inst.SetOperand(a, y);
                    inst.SetOperand(a + 1, x);
                    changes.Add($"operands swapped in '{inst}'");
                }
                else if (kind == 11 && casts.Count > 0)
                {
                    // The other signedness of an extension or conversion.
                    var old = r.Pick(casts);
                    if (old.Parent is null) continue;
                    var op = old.Opcode switch
                    {
                        Opcode.SExt => Opcode.ZExt, Opcode.ZExt => Opcode.SExt, Opcode.FPToSI => Opcode.FPToUI,
                        Opcode.FPToUI => Opcode.FPToSI, Opcode.SIToFP => Opcode.UIToFP, _ => Opcode.SIToFP,
                    };
                    changes.Add($"{old.Opcode} -> {op} in '{old}'");
                    Swap(old, new CastInst(op, old.Operand, old.DestType), casts);
                }
                else
                {
                    // An operand replaced by another value of its type computed earlier in the block.
                    int k = r.Next(inst.OperandCount);
                    var current = inst.GetOperand(k);
                    var earlier = new List<Instruction>();
                    for (var p = inst.Parent.First; p is not null && !ReferenceEquals(p, inst); p = p.Next)
                        if (ReferenceEquals(p.Type, current.Type)) earlier.Add(p);
                    if (earlier.Count == 0) continue;
                    var pick = r.Pick(earlier);
                    inst.SetOperand(k, pick);
                    changes.Add($"operand {k} of '{inst}' -> {pick}");
                }
                continue;
            }
            if (kind < 4 && ints.Count > 0)
            {
                var (inst, k, t) = r.Pick(ints);
                if (inst.Parent is null) continue; // replaced by an edit before
                ulong mask = t.Mask;
                ulong[] edges = inst is GetElementPtrInst
                    // Small for addresses: an offset of 2^40 would move an interpreter pointer into
                    // another object (its segment number is in the high bits) but fault in the JIT.
                    ? [0, 1, mask, 2, 3, 7, 8, 63, 64, 255, (ulong)r.Next(1 << 16), mask - (ulong)r.Next(1 << 16)]
                    : [0, 1, mask, mask >> 1, (mask >> 1) + 1, 2, (ulong)t.Bits, (ulong)t.Bits - 1, 1UL << r.Next(t.Bits), (ulong)r.NextInt64() & mask];
                changes.Add(Replace(inst, k, new ConstantInt(t, r.Pick(edges))));
            }
            else if (kind < 6 && floats.Count > 0)
            {
                var (inst, k, t) = r.Pick(floats);
                if (inst.Parent is null) continue;
                ulong bits = t.Kind == TypeKind.Double
                    ? r.Pick(new ulong[] { 0, 1UL << 63, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0xFFF8000000000000,
                        0x7FEFFFFFFFFFFFFF, 1, 0x0010000000000000, 0x41E0000000000000, 0x43E0000000000000, 0xC3E0000000000000,
                        0x43F0000000000000, 0x3FE0000000000000, 0xBFF0000000000000, (ulong)r.NextInt64() & 0x7FEFFFFFFFFFFFFF })
                    : r.Pick(new ulong[] { 0, 0x80000000, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7F7FFFFF, 1, 0x00800000,
                        0x4F000000, 0x5F000000, 0xDF000000, 0x5F800000, 0x3F000000, 0xBF800000, (ulong)r.Next() & 0x7F7FFFFF });
                changes.Add(Replace(inst, k, new ConstantFP(t, bits)));
            }
            else if (kind < 8 && binaries.Count > 0)
            {
                var old = r.Pick(binaries);
                if (old.Parent is null) continue;
                Opcode[] family = old.Opcode.IsFloatBinary()
                    ? [Opcode.FAdd, Opcode.FSub, Opcode.FMul, Opcode.FDiv, Opcode.FRem]
                    : [Opcode.Add, Opcode.Sub, Opcode.Mul, Opcode.UDiv, Opcode.SDiv, Opcode.URem, Opcode.SRem, Opcode.Shl, Opcode.LShr, Opcode.AShr, Opcode.And, Opcode.Or, Opcode.Xor];
                var replacement = new BinaryInst(r.Pick(family), old.Lhs, old.Rhs);
                changes.Add($"{old.Opcode} -> {replacement.Opcode} in '{old}'");
                Swap(old, replacement, binaries);
            }
            else if (compares.Count > 0)
            {
                var c = r.Pick(compares);
                if (c is ICmpInst ic) ic.Predicate = (IntPredicate)r.Next(10);
                else ((FCmpInst)c).Predicate = (FloatPredicate)r.Next(16);
                changes.Add($"predicate of '{c}'");
            }
        }
        return changes;
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="old"/> was (uses included), in the list of candidates too.</summary>
    private static void Swap<T>(T old, T replacement, List<T> candidates) where T : Instruction
    {
        old.Parent!.InsertBefore(replacement, old);
        old.ReplaceAllUsesWith(replacement);
        old.EraseFromParent();
        candidates.Remove(old);
        candidates.Add(replacement);
    }

    private static string Replace(Instruction inst, int k, Constant value)
    {
        var old = inst.GetOperand(k);
        inst.SetOperand(k, value);
        return $"{old} -> {value} in '{inst}'";
    }
}
