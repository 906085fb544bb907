// Warm-up until .NET's tiered compilation has settled. .NET first runs a method as quickly compiled
// tier-0 code (or on-stack-replacement code for a long loop) and recompiles hot methods at tier 1 in
// the background, after a delay that every newly compiled method restarts. A fixed number of rounds
// can end before that: code paths only large functions take (base64.O2-v3, timed first) were then
// still running unoptimized, and the file measured 2–3x slower than later in the same process.
// So the rounds go on until a whole round (and a pause for the background compiler) compiles no new
// method, within a time limit. (The NativeAOT library the Python package uses is compiled ahead of
// time and has no such phase.)
using System.Diagnostics;
using System.Runtime;

namespace PyIR.Bench;

internal static class Warmup
{
    /// <summary>
    /// Runs <paramref name="round"/> (a pass over <paramref name="filesPerRound"/> files) until the
    /// method count stops growing or <paramref name="limitMs"/> passes, and at least until every
    /// per-file method has been called 150 times (.NET promotes a method after 30 calls, twice with
    /// profile-guided optimization; a steady count alone can mean "not called often enough yet").
    /// </summary>
    public static void UntilSteady(Action round, int filesPerRound, int limitMs = 30_000)
    {
        int minRounds = Math.Max(4, (150 + filesPerRound - 1) / Math.Max(filesPerRound, 1));
        var clock = Stopwatch.StartNew();
        long before = -1;
        for (int r = 0; ; r++)
        {
            round();
            Thread.Sleep(250);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            if ((r + 1 >= minRounds && now == before) || clock.ElapsedMilliseconds > limitMs) break;
            before = now;
        }
    }
}
