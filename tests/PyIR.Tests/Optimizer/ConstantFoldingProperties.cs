// Folding built-in calls and vector operations: for every pure built-in the engines implement (the
// integer bit operations, saturating and overflow arithmetic, the math library, reductions) and the
// vector instructions (lane-wise arithmetic, compares, casts, element and shuffle operations), a
// function computing it on random constants — zero, -0.0, the integer extremes, infinities, quiet
// and signalling NaNs with payloads among them — is run by the interpreter as written and after
// -O2. The call must be gone (folded to its constant) and the result must be the same bits; the JIT
// must return those bits too. The seed is random per run and printed with a failure.
using System.Globalization;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime.Jit;
using PyIR.Tests.Generators;
using Xunit;

namespace PyIR.Tests.Optimizer;

public class ConstantFoldingProperties
{
    /// <summary>
    /// A function to fold: its return type, the declarations it needs, and its body (the
    /// instructions before <c>ret</c>, the last one's result returned) made from random constants.
    /// MayStay: the fold may be refused (a lane that would trap, an index outside the vector).
    /// </summary>
    private sealed record Case(string Name, string Ret, string Declarations, Func<Random, string> Body, bool MayStay = false, string Result = "%r");

    private static readonly IrType V4I32 = VectorType.Get(IrType.I32, 4), V8I16 = VectorType.Get(IrType.I16, 8),
        V4F32 = VectorType.Get(IrType.Float, 4), V2F64 = VectorType.Get(IrType.Double, 2), V2I64 = VectorType.Get(IrType.I64, 2);

    private static readonly IrType[] IntLaneTypes = [IrType.I8, IrType.I16, IrType.I32, IrType.I64, V4I32, V8I16];
    private static readonly IrType[] FloatLaneTypes = [IrType.Float, IrType.Double, V4F32, V2F64];

    /// <summary>A constant of type <paramref name="t"/> biased toward edge cases, NaNs included.</summary>
    private static string Constant(Random r, IrType t) => t switch
    {
        FloatingType f => FloatConstant(r, f),
        VectorType { Element: FloatingType fe } v => "<" + string.Join(", ", Enumerable.Range(0, v.Count).Select(_ => $"{fe} {FloatConstant(r, fe)}")) + ">",
        _ => GenValues.ConstantText(r, t),
    };

    private static string FloatConstant(Random r, FloatingType t)
    {
        if (!r.Chance(0.2)) return GenValues.FloatText(GenValues.FloatValue(r, t));
        // NaNs as LLVM writes them (double hex; a float NaN's payload sits in the top 23 fraction bits).
        string[] nans = ["0x7FF8000000000000", "0xFFF8000000000000", "0x7FF4000000000000", "0x7FF8000020000000", "0xFFF0000020000000"];
        return r.Pick(nans);
    }

    private static Case Call(string intrinsic, IrType ret, IrType[] parameters, Func<Random, int, string?>? arg = null)
    {
        string decl = $"declare {ret} @{intrinsic}({string.Join(", ", parameters.Select(p => p.ToString()))})";
        return new Case(intrinsic, ret.ToString(), decl, r =>
        {
            var args = parameters.Select((p, i) => $"{p} {arg?.Invoke(r, i) ?? Constant(r, p)}");
            return $"  %r = call {ret} @{intrinsic}({string.Join(", ", args)})";
        });
    }

    private static IEnumerable<Case> Cases()
    {
        foreach (var t in IntLaneTypes)
        {
            string m = GenValues.Mangle(t);
            foreach (var op in new[] { "smin", "smax", "umin", "umax", "sadd.sat", "uadd.sat", "ssub.sat", "usub.sat", "sshl.sat", "ushl.sat" })
                yield return Call($"llvm.{op}.{m}", t, [t, t]);
            foreach (var op in new[] { "ctpop", "bitreverse" })
                yield return Call($"llvm.{op}.{m}", t, [t]);
            if (t.ScalarBits > 8) yield return Call($"llvm.bswap.{m}", t, [t]);
            foreach (var op in new[] { "abs", "ctlz", "cttz" })
                yield return Call($"llvm.{op}.{m}", t, [t, IrType.I1], (r, i) => i == 1 ? "false" : null);
            foreach (var op in new[] { "fshl", "fshr" })
                yield return Call($"llvm.{op}.{m}", t, [t, t, t]);
            foreach (var op in new[] { "sadd", "uadd", "ssub", "usub", "smul", "umul" })
            {
                var ret = StructType.GetLiteral([t, t is VectorType v ? VectorType.Get(IrType.I1, v.Count) : IrType.I1]);
                yield return Call($"llvm.{op}.with.overflow.{m}", ret, [t, t]);
            }
        }
        foreach (var t in new[] { IrType.I32, IrType.I64 })
            yield return Call(t == IrType.I32 ? "abs" : "llabs", t, [t]);
        foreach (var v in new[] { V4I32, V8I16, V2I64 })
            foreach (var op in new[] { "add", "mul", "and", "or", "xor", "smax", "smin", "umax", "umin" })
                yield return Call($"llvm.vector.reduce.{op}.{GenValues.Mangle(v)}", ((VectorType)v).Element, [v]);
        foreach (var t in FloatLaneTypes)
        {
            string m = GenValues.Mangle(t);
            foreach (var op in new[] { "fabs", "sqrt", "floor", "ceil", "trunc", "round", "roundeven", "rint", "nearbyint",
                                       "canonicalize", "exp", "exp2", "log", "log2", "log10", "sin", "cos" })
                yield return Call($"llvm.{op}.{m}", t, [t]);
            foreach (var op in new[] { "copysign", "minnum", "maxnum", "minimum", "maximum", "pow" })
                yield return Call($"llvm.{op}.{m}", t, [t, t]);
            foreach (var op in new[] { "fma", "fmuladd" })
                yield return Call($"llvm.{op}.{m}", t, [t, t, t]);
            yield return Call($"llvm.powi.{m}.i32", t, [t, IrType.I32], (r, i) => i == 1 ? r.Next(-40, 41).ToString(CultureInfo.InvariantCulture) : null);
        }
        foreach (var t in new[] { IrType.Float, IrType.Double })
        {
            string f = t == IrType.Float ? "f" : "";
            foreach (var op in new[] { "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "cbrt", "expm1", "log1p", "exp10" })
                yield return Call(op + f, t, [t]);
            foreach (var op in new[] { "atan2", "hypot", "fmod", "fmin", "fmax" })
                yield return Call(op + f, t, [t, t]);
        }
        foreach (var v in new[] { V4F32, V2F64 })
        {
            string m = GenValues.Mangle(v);
            var e = ((VectorType)v).Element;
            foreach (var op in new[] { "fmax", "fmin" })
                yield return Call($"llvm.vector.reduce.{op}.{m}", e, [v]);
            foreach (var op in new[] { "fadd", "fmul" })
                yield return Call($"llvm.vector.reduce.{op}.{m}", e, [e, v]);
        }

        // Vector instructions.
        foreach (var v in new[] { V4I32, V8I16, V2I64 })
        {
            foreach (var op in new[] { "add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr" })
                yield return Instruction($"{op} {v}", v, r => $"  %r = {op} {v} {Constant(r, v)}, {Constant(r, v)}");
            foreach (var op in new[] { "sdiv", "udiv", "srem", "urem" })
                yield return Instruction($"{op} {v}", v, r => $"  %r = {op} {v} {Constant(r, v)}, {Constant(r, v)}", mayStay: true);
            var bools = VectorType.Get(IrType.I1, ((VectorType)v).Count);
            foreach (var p in new[] { "eq", "ne", "slt", "ule", "sgt", "uge" })
                yield return Instruction($"icmp {p} {v}", bools, r => $"  %r = icmp {p} {v} {Constant(r, v)}, {Constant(r, v)}");
        }
        foreach (var v in new[] { V4F32, V2F64 })
        {
            foreach (var op in new[] { "fadd", "fsub", "fmul", "fdiv", "frem" })
                yield return Instruction($"{op} {v}", v, r => $"  %r = {op} {v} {Constant(r, v)}, {Constant(r, v)}");
            yield return Instruction($"fneg {v}", v, r => $"  %r = fneg {v} {Constant(r, v)}");
            var bools = VectorType.Get(IrType.I1, ((VectorType)v).Count);
            foreach (var p in new[] { "oeq", "one", "olt", "uge", "ord", "uno" })
                yield return Instruction($"fcmp {p} {v}", bools, r => $"  %r = fcmp {p} {v} {Constant(r, v)}, {Constant(r, v)}");
        }
        yield return Instruction("sext", V4I32, r => $"  %r = sext <4 x i16> {Constant(r, VectorType.Get(IrType.I16, 4))} to <4 x i32>");
        yield return Instruction("trunc", VectorType.Get(IrType.I8, 4), r => $"  %r = trunc <4 x i32> {Constant(r, V4I32)} to <4 x i8>");
        yield return Instruction("sitofp", V4F32, r => $"  %r = sitofp <4 x i32> {Constant(r, V4I32)} to <4 x float>");
        yield return Instruction("fptosi", V2I64, r => $"  %r = fptosi <2 x double> {Constant(r, V2F64)} to <2 x i64>");
        yield return Instruction("fptoui", V4I32, r => $"  %r = fptoui <4 x float> {Constant(r, V4F32)} to <4 x i32>");
        yield return Instruction("fpext", V2F64, r => $"  %r = fpext <2 x float> {Constant(r, VectorType.Get(IrType.Float, 2))} to <2 x double>");
        yield return Instruction("bitcast", V4I32, r => $"  %r = bitcast <4 x float> {Constant(r, V4F32)} to <4 x i32>");
        yield return Instruction("bitcast lanes", V4I32, r => $"  %r = bitcast <2 x i64> {Constant(r, V2I64)} to <4 x i32>");
        yield return Instruction("bitcast to scalar", IrType.Double, r => $"  %r = bitcast <4 x i16> {Constant(r, VectorType.Get(IrType.I16, 4))} to double");
        yield return Instruction("bitcast to double lanes", IrType.Double, r => $"  %r = bitcast <8 x i16> {Constant(r, V8I16)} to <2 x double>\n  %s = extractelement <2 x double> %r, i32 1", result: "%s");
        yield return Instruction("bitcast from scalar", V8I16, r => $"  %r = bitcast i64 {Constant(r, IrType.I64)} to <4 x i16>\n  %s = shufflevector <4 x i16> %r, <4 x i16> <i16 1, i16 2, i16 3, i16 4>, <8 x i32> <i32 0, i32 7, i32 1, i32 6, i32 2, i32 5, i32 3, i32 4>", result: "%s");
        yield return Instruction("extractelement", IrType.I32, r => $"  %r = extractelement <4 x i32> {Constant(r, V4I32)}, i32 {r.Next(0, 6)}", mayStay: true);
        yield return Instruction("extractelement float", IrType.Float, r => $"  %r = extractelement <4 x float> {Constant(r, V4F32)}, i64 {r.Next(0, 4)}");
        yield return Instruction("insertelement", V4I32, r => $"  %r = insertelement <4 x i32> {Constant(r, V4I32)}, i32 {Constant(r, IrType.I32)}, i32 {r.Next(0, 6)}", mayStay: true);
        yield return Instruction("shufflevector", VectorType.Get(IrType.I32, 6), r =>
            $"  %r = shufflevector <4 x i32> {Constant(r, V4I32)}, <4 x i32> {Constant(r, V4I32)}, <6 x i32> <{string.Join(", ", Enumerable.Range(0, 6).Select(_ => $"i32 {r.Next(0, 8)}"))}>");
        yield return Instruction("splat", V4F32, r =>
            $"  %s = insertelement <4 x float> poison, float {Constant(r, IrType.Float)}, i64 0\n  %r = shufflevector <4 x float> %s, <4 x float> poison, <4 x i32> zeroinitializer");
        yield return Instruction("extractvalue", IrType.I1, r =>
            $"  %s = call {{ i32, i1 }} @llvm.smul.with.overflow.i32(i32 {Constant(r, IrType.I32)}, i32 {Constant(r, IrType.I32)})\n  %r = extractvalue {{ i32, i1 }} %s, 1",
            declarations: "declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)");
    }

    private static Case Instruction(string name, IrType ret, Func<Random, string> body, bool mayStay = false, string declarations = "", string result = "%r") =>
        new(name, ret.ToString(), declarations, body, mayStay, result);

    [Fact]
    public void FoldedBuiltinsAndVectorOperationsGiveTheInterpretersBits()
    {
        int seed = Random.Shared.Next();
        var random = new Random(seed);
        int folded = 0, total = 0;
        foreach (var c in Cases())
            for (int trial = 0; trial < 12; trial++)
            {
                string text = $"{c.Declarations}\n\ndefine {c.Ret} @f() {{\n{c.Body(random)}\n  ret {c.Ret} {c.Result}\n}}\n";
                var original = Parser.ParseModule(text, "original.ll");
                PyIR.Frontend.Verifier.Verify(original);
                var optimized = Parser.ParseModule(text, "optimized.ll");
                new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(optimized);
                var fn = optimized.GetFunction("f")!;
                bool wasFolded = fn.Instructions.Count() == 1;
                string where = $"{c.Name} (seed {seed}):\n{text}\n---- after -O2 ----\n{Printer.Print(optimized)}";
                Assert.True(wasFolded || c.MayStay, $"not folded: {where}");
                total++;
                if (wasFolded) folded++;
                string expected = Outcome(original), actual = Outcome(optimized);
                Assert.True(expected == actual, $"interpreter {expected}, after -O2 {actual}: {where}");
                if (wasFolded)
                {
                    string jit = JitOutcome(optimized), interpreted = Canonical(original);
                    Assert.True(jit == interpreted, $"JIT after -O2 gives {jit}, the interpreter {interpreted}: {where}");
                }
            }
        Assert.True(folded > total * 3 / 4, $"only {folded} of {total} functions folded");
    }

    private static string Outcome(Module m)
    {
        using var interpreter = new PyIR.Runtime.Interpreter.Interpreter(m);
        try { return interpreter.Invoke(m.GetFunction("f")!, []) is { } c ? Printer.PrintTypedConstant(c) : "void"; }
        catch (IrException e) { return "error: " + e.Description.Split(':')[0]; }
    }

    private static string Canonical(Module m)
    {
        using var interpreter = new PyIR.Runtime.Interpreter.Interpreter(m);
        return PyIR.Tests.Jit.ValueText.Canonical(interpreter.Invoke(m.GetFunction("f")!, [])!);
    }

    private static string JitOutcome(Module m)
    {
        using var jit = new JitEngine(m);
        return PyIR.Tests.Jit.ValueText.Canonical(jit.Invoke(m.GetFunction("f")!, [])!);
    }
}
