// Mappings are reused after a module is disposed (ExecutableMemory's pool). ReusedMappingsLookFresh
// pins the pool's own promise — a reused mapping's data is zeroed and its code holds only int3 — and
// fails when either is dropped. GlobalsStartAtZeroInEveryModule checks the same end to end: modules
// compiled one after another (into reused mappings) each see their zero-initialized global as zero
// after the previous one wrote into it; today the JIT also writes every global's image, so this
// one alone would not notice a pool that stopped zeroing.
using PyIR.Backend.Emit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class ExecutableMemoryTests
{
    [Fact]
    public void ReusedMappingsLookFresh()
    {
        for (int round = 0; round < 20; round++)
        {
            var memory = new ExecutableMemory(3 * ExecutableMemory.PageSize, 2 * ExecutableMemory.PageSize);
            Assert.True(memory.Data.IndexOfAnyExcept((byte)0) < 0, $"round {round}: data of a new mapping is not zero");
            Assert.True(memory.Code.IndexOfAnyExcept((byte)0, (byte)0xCC) < 0, $"round {round}: code of a new mapping holds old bytes");
            memory.Data.Fill(0x5A);
            memory.CommitCode(new byte[] { 0xC3, 0x90, 0x90, 0x90 });
            memory.Dispose();
        }
    }

    [Fact]
    public void GlobalsStartAtZeroInEveryModule()
    {
        const string ir = "@g = global [64 x i64] zeroinitializer\n" +
                          "define i64 @bump(i64 %i) {\n  %p = getelementptr [64 x i64], ptr @g, i64 0, i64 %i\n" +
                          "  %v = load i64, ptr %p\n  %w = add i64 %v, 1000\n  store i64 %w, ptr %p\n  ret i64 %v\n}\n";
        for (int round = 0; round < 10; round++)
        {
            var module = Parser.ParseModule(ir, "test.ll");
            using var jit = new JitEngine(module);
            for (int i = 0; i < 64; i += 7)
            {
                var before = (ConstantInt)jit.Invoke(module.GetFunction("bump")!, [new ConstantInt(IrType.I64, i)])!;
                Assert.Equal(0L, before.SExtValue);
            }
        }
    }
}
