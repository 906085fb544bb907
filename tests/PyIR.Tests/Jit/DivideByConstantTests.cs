// Division by constants without div (Isel.DivideByConstant.cs, DivisionMagic.cs), checked two ways:
// the magic-number formulas evaluated in C# against exact division over many random divisors and
// the dividends where rounding errs first, and the JIT's code against the interpreter (and against
// C#'s BigInteger division) for random divisors of every kind at widths 8..64, including odd ones.
using System.Numerics;
using PyIR.Backend.Isel;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class DivideByConstantTests
{
    // ---------------------------------------------------------------- the formulas

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void UnsignedMagicIsExactForEveryDividendKind(int w)
    {
        var random = new Random(w * 7919);
        ulong mask = w == 64 ? ulong.MaxValue : uint.MaxValue;
        int checkedDivisors = 0;
        foreach (ulong d in Divisors(random, w, 4000).Select(d => d & mask).Distinct())
        {
            if (d < 2 || (d & (d - 1)) == 0 || d > mask / 2) continue; // shifts and compares, not magic
            var m = DivisionMagic.ForUnsigned(d, w);
            Assert.True(m.Magic <= mask, $"d={d}: magic {m.Magic:X} exceeds {w} bits");
            foreach (ulong x in Dividends(random, d, w))
            {
                ulong ux = x & mask;
                ulong expected = ux / d;
                ulong xs = ux >> m.PreShift;
                ulong t = (ulong)(((UInt128)xs * m.Magic) >> w);
                ulong q = m.Add ? ((((ux - t) & mask) >> 1) + t) >> (m.Shift - 1) : t >> m.Shift;
                Assert.True(expected == q, $"w={w} {ux} / {d}: {q}, expected {expected} (magic {m})");
            }
            checkedDivisors++;
        }
        Assert.True(checkedDivisors > 1000, $"only {checkedDivisors} divisors checked");
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void SignedMagicIsExactForEveryDividendKind(int w)
    {
        var random = new Random(w * 104729);
        long min = w == 64 ? long.MinValue : int.MinValue;
        int checkedDivisors = 0;
        foreach (ulong raw in Divisors(random, w, 4000).Distinct())
        {
            long d = w == 64 ? (long)raw : (int)(uint)raw;
            ulong abs = d < 0 ? unchecked((ulong)-d) : (ulong)d;
            if (abs < 2 || (abs & (abs - 1)) == 0) continue; // ±1 and powers of two are not magic
            var m = DivisionMagic.ForSigned(d, w);
            foreach (ulong rx in Dividends(random, abs, w))
            {
                long x = w == 64 ? (long)rx : (int)(uint)rx;
                long expected = x == min && d == -1 ? x : x / d;
                // w-bit arithmetic throughout, simulated in 128 bits and wrapped.
                Int128 t = ((Int128)x * m.Magic) >> w;
                if (m.AddDividend) t += x;
                if (m.SubDividend) t -= x;
                t = Wrap(t, w) >> m.Shift;
                long q = (long)Wrap(t + (t < 0 ? 1 : 0), w);
                Assert.True(expected == q, $"w={w} {x} / {d}: {q}, expected {expected} (magic {m})");
            }
            checkedDivisors++;
        }
        Assert.True(checkedDivisors > 1000, $"only {checkedDivisors} divisors checked");
    }

    private static Int128 Wrap(Int128 v, int w) => w == 64 ? (long)v : (int)v;

    /// <summary>Random divisors of every size (log-uniform bit length) and sign, plus the usual suspects.</summary>
    private static IEnumerable<ulong> Divisors(Random random, int w, int count)
    {
        foreach (long d in new long[] { 3, 5, 6, 7, 10, 12, 14, 25, 97, 100, 641, 1000, 1000003, 6700417, 1000000000039, 274177,
                     -3, -7, -10, -97, -1000003, int.MaxValue, -int.MaxValue, (long)int.MaxValue + 2, long.MaxValue, -long.MaxValue,
                     (1L << 32) + 1, (1L << 32) - 1, (1L << 31) + 1, (1L << 31) - 1, 0x5555555555555555, 0x3333333333333333 })
            yield return (ulong)d;
        for (int i = 0; i < count; i++)
        {
            int bits = random.Next(2, w + 1);
            ulong d = (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1);
            d &= bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            d |= 1UL << (bits - 1);
            if (random.Next(3) == 0) d = (ulong)-(long)d; // negative when read as signed
            yield return d;
        }
    }

    /// <summary>Boundaries, random values, and multiples of d and their neighbours (where truncation changes).</summary>
    private static IEnumerable<ulong> Dividends(Random random, ulong d, int w)
    {
        ulong mask = w == 64 ? ulong.MaxValue : (1UL << w) - 1;
        ulong top = mask >> 1;
        foreach (ulong x in new ulong[] { 0, 1, 2, mask, mask - 1, top, top + 1, top - 1, top + 2, d, d - 1, d + 1, mask - d, mask - d + 1 })
            yield return x & mask;
        // nc for unsigned division: the largest x with x mod d = d - 1.
        ulong nc = mask - (ulong)(((UInt128)mask + 1) % d);
        yield return nc;
        yield return (nc + 1) & mask;
        for (int i = 0; i < 24; i++)
        {
            ulong k = (ulong)random.NextInt64() & (mask / Math.Max(d, 1));
            ulong multiple = (ulong)((UInt128)k * d) & mask;
            yield return multiple;
            yield return (multiple - 1) & mask;
            yield return (ulong)(-(long)multiple) & mask;
            yield return (ulong)(-(long)multiple + 1) & mask;
            yield return (ulong)random.NextInt64() & mask;
        }
    }

    // ---------------------------------------------------------------- the JIT's code

    private static readonly string[] Ops = ["udiv", "urem", "sdiv", "srem"];

    [Theory]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(48)]
    [InlineData(64)]
    public void JitAgreesWithInterpreterAndExactDivision(int n)
    {
        var random = new Random(n * 31337);
        BigInteger modulus = BigInteger.One << n;
        var cases = new List<(string Op, BigInteger Divisor)>();
        foreach (ulong raw in Divisors(random, n, 60))
        {
            var d = new BigInteger(raw) % modulus;
            if (d.IsZero) continue;
            foreach (var op in Ops) cases.Add((op, d));
        }
        // Powers of two of both signs, ±1, and INT_MIN.
        for (int k = 0; k < n; k++)
            foreach (var op in Ops)
            {
                cases.Add((op, BigInteger.One << k));
                cases.Add((op, modulus - (BigInteger.One << k)));
            }
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < cases.Count; i++)
            text.Append($"define i{n} @f{i}(i{n} %x) {{\n  %r = {cases[i].Op} i{n} %x, {Signed(cases[i].Divisor, n)}\n  ret i{n} %r\n}}\n");
        var module = Parser.ParseModule(text.ToString(), "div.ll");
        var interpreter = new PyIR.Runtime.Interpreter.Interpreter(Parser.ParseModule(text.ToString(), "div-interp.ll"));
        using var jit = new JitEngine(module);
        int compared = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            var (op, d) = cases[i];
            var f = module.GetFunction($"f{i}")!;
            var g = interpreter.Module.GetFunction($"f{i}")!;
            foreach (ulong raw in Dividends(random, (ulong)(d & ulong.MaxValue), n))
            {
                var x = new BigInteger(raw);
                var arg = new ConstantInt(IntegerType.Get(n), (ulong)(x & ulong.MaxValue));
                string fromInterpreter = Outcome(() => interpreter.Invoke(g, [arg]));
                string fromJit = Outcome(() => jit.Invoke(f, [arg]));
                Assert.True(fromInterpreter == fromJit, $"i{n} {op} {Signed(x, n)}, {Signed(d, n)}: jit {fromJit}, interpreter {fromInterpreter}");
                var exact = Exact(op, x, d, n);
                if (exact is { } e)
                    Assert.True($"i{n} {Signed(e, n)}" == fromJit, $"i{n} {op} {Signed(x, n)}, {Signed(d, n)}: jit {fromJit}, expected {Signed(e, n)}");
                compared++;
            }
        }
        Assert.True(compared > 5000, $"only {compared} divisions compared");
    }

    /// <summary>
    /// Vectors: i32 lanes by a splat divisor take the AVX2 path, everything else (other lane widths,
    /// a different divisor per lane) the scalar sequences lane by lane.
    /// </summary>
    [Theory]
    [InlineData(32, 2, true)]
    [InlineData(32, 4, true)]
    [InlineData(32, 8, true)]
    [InlineData(32, 4, false)]
    [InlineData(8, 16, false)]
    [InlineData(16, 8, true)]
    [InlineData(16, 4, false)]
    [InlineData(64, 2, false)]
    [InlineData(64, 4, true)]
    public void VectorDivisionAgreesWithInterpreterAndExactDivision(int n, int count, bool splat)
    {
        var random = new Random(n * 7 + count * 131 + (splat ? 1 : 0));
        BigInteger modulus = BigInteger.One << n;
        var pool = Divisors(random, n, 40).Select(d => new BigInteger(d) % modulus).Where(d => !d.IsZero).ToList();
        for (int k = 0; k < n; k++) { pool.Add(BigInteger.One << k); pool.Add(modulus - (BigInteger.One << k)); }
        var cases = new List<(string Op, BigInteger[] Divisors)>();
        foreach (var op in Ops)
            for (int i = 0; i < pool.Count; i++)
            {
                var ds = Enumerable.Range(0, count).Select(l => splat ? pool[i] : pool[random.Next(pool.Count)]).ToArray();
                // -1 lanes keep the div path for signed ops (INT_MIN / -1 traps); one case of it is enough.
                if (op[0] == 's' && ds.Any(d => d == modulus - 1) && i % 8 != 0) continue;
                cases.Add((op, ds));
            }
        string vt = $"<{count} x i{n}>";
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < cases.Count; i++)
            text.Append($"define {vt} @f{i}({vt} %x) {{\n  %r = {cases[i].Op} {vt} %x, <{string.Join(", ", cases[i].Divisors.Select(d => $"i{n} {Signed(d, n)}"))}>\n  ret {vt} %r\n}}\n");
        var module = Parser.ParseModule(text.ToString(), "vdiv.ll");
        var interpreter = new PyIR.Runtime.Interpreter.Interpreter(Parser.ParseModule(text.ToString(), "vdiv-interp.ll"));
        using var jit = new JitEngine(module);
        var type = VectorType.Get(IntegerType.Get(n), count);
        int compared = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            var (op, ds) = cases[i];
            var f = module.GetFunction($"f{i}")!;
            var g = interpreter.Module.GetFunction($"f{i}")!;
            var dividends = Dividends(random, (ulong)(ds[0] & ulong.MaxValue), n).ToList();
            for (int start = 0; start < dividends.Count; start += count)
            {
                var xs = Enumerable.Range(0, count).Select(l => new BigInteger(dividends[(start + l) % dividends.Count])).ToArray();
                var arg = new ConstantAggregate(type, xs.Select(x => (Constant)new ConstantInt(IntegerType.Get(n), (ulong)(x & ulong.MaxValue))).ToList());
                string fromInterpreter = Outcome(() => interpreter.Invoke(g, [arg]));
                string fromJit = Outcome(() => jit.Invoke(f, [arg]));
                string what = $"{vt} {op} {ValueText.Canonical(arg)} by {string.Join(", ", ds.Select(d => Signed(d, n)))}";
                Assert.True(fromInterpreter == fromJit, $"{what}: jit {fromJit}, interpreter {fromInterpreter}");
                var exact = xs.Select((x, l) => Exact(op, x, ds[l], n)).ToArray();
                if (exact.All(e => e is not null))
                {
                    var expected = new ConstantAggregate(type, exact.Select(e => (Constant)new ConstantInt(IntegerType.Get(n), (ulong)(e!.Value & ulong.MaxValue))).ToList());
                    Assert.True(ValueText.Canonical(expected) == fromJit, $"{what}: jit {fromJit}, expected {ValueText.Canonical(expected)}");
                }
                compared++;
            }
        }
        Assert.True(compared > 1000, $"only {compared} vector divisions compared");
    }

    private static BigInteger Signed(BigInteger v, int n) => v >= BigInteger.One << (n - 1) ? v - (BigInteger.One << n) : v;

    /// <summary>The exact N-bit result (as an unsigned N-bit value), or null when the division overflows.</summary>
    private static BigInteger? Exact(string op, BigInteger x, BigInteger d, int n)
    {
        BigInteger modulus = BigInteger.One << n;
        if (op[0] == 'u') return op == "udiv" ? x / d : x % d;
        BigInteger sx = Signed(x, n), sd = Signed(d, n);
        BigInteger q = BigInteger.Divide(sx, sd); // truncates toward zero
        if (q == BigInteger.One << (n - 1)) return null; // INT_MIN / -1
        BigInteger r = op == "sdiv" ? q : sx - q * sd;
        return ((r % modulus) + modulus) % modulus;
    }

    private static string Outcome(Func<Constant?> run)
    {
        try { return run() is { } c ? ValueText.Canonical(c) : "void"; }
        catch (IrException e) { return "error: " + e.Description.Split(':')[0]; }
    }
}
