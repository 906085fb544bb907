// The verifier's own robustness: passes can leave any kind of broken object graph behind (an
// operand replaced by a value of the wrong kind, an instruction moved, a terminator deleted, a
// block detached), and the verifier must describe the damage rather than crash. Random "surgery"
// is applied to generated modules and Check must return problems (or none) without throwing;
// when it finds none, Verify must not throw either.
using PyIR.Frontend;
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Tests.Generators;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Verifier;

public class VerifierRobustnessTests
{
    private static void Surgery(Module m, Random r)
    {
        var functions = m.Functions.Where(f => !f.IsDeclaration).ToList();
        if (functions.Count == 0) return;
        var f = functions[r.Next(functions.Count)];
        var insts = f.Instructions.ToList();
        if (insts.Count == 0) return;
        var values = new List<Value>(insts.Where(i => i.HasResult));
        values.AddRange(f.Arguments);
        values.AddRange(f.Blocks);
        values.Add(ConstantInt.Get(32, 1));
        values.Add(new UndefValue(IrType.Double));
        if (functions.Count > 1) values.AddRange(functions[r.Next(functions.Count)].Instructions.Take(3));
        var inst = insts[r.Next(insts.Count)];
        switch (r.Next(6))
        {
            case 0 when inst.OperandCount > 0: // any operand becomes any value
                inst.SetOperand(r.Next(inst.OperandCount), values[r.Next(values.Count)]);
                break;
            case 1: // move an instruction somewhere else
                var target = insts[r.Next(insts.Count)];
                if (!ReferenceEquals(target, inst)) inst.MoveBefore(target);
                break;
            case 2: // delete an instruction that may still have users
                inst.EraseFromParent();
                break;
            case 3: // detach a block that branches may still name
                if (f.Blocks.Count > 1) f.RemoveBlock(f.Blocks[r.Next(f.Blocks.Count)]);
                break;
            case 4: // an empty block
                f.AddBlock(new BasicBlock("empty"));
                break;
            default: // unlink an instruction but keep it as someone's operand
                inst.RemoveFromParent();
                break;
        }
    }

    [Fact]
    public void CheckNeverThrowsOnDamagedModules()
    {
        var r = new Random(2024);
        int damaged = 0, flagged = 0;
        for (int i = 0; i < 1500; i++)
        {
            var m = Parser.ParseModule(IrGenerator.Generate(i % 200, (i * 7) % 40));
            for (int k = r.Next(1, 4); k > 0; k--) Surgery(m, r);
            damaged++;
            IReadOnlyList<IrException> problems;
            try
            {
                problems = IrVerifier.Check(m);
            }
            catch (Exception e)
            {
                Assert.Fail($"Check threw {e.GetType().Name} on damaged module #{i}: {e.Message}\n{e.StackTrace}");
                return;
            }
            if (problems.Count > 0) flagged++;
            else
            {
                IrVerifier.Verify(m);
                foreach (var f in m.Functions.Where(f => !f.IsDeclaration)) _ = new DominatorTree(f);
            }
        }
        // Most random damage breaks a rule; the verifier must notice nearly always.
        Assert.True(flagged > damaged / 2, $"only {flagged} of {damaged} damaged modules were flagged");
    }
}
