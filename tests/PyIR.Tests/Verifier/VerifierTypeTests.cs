// Verifier tests for operand types, calls, returns, memory operations, switch and getelementptr,
// and for operands that belong to another function. The parser rejects these as it reads, so the
// bad IR is built through the object model (as a buggy pass would build it).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;
using static PyIR.Tests.Verifier.VerifierTestSupport;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Verifier;

public class VerifierTypeTests
{
    /// <summary>A function returning <paramref name="ret"/> whose entry block holds <paramref name="inst"/> then <c>ret</c>.</summary>
    private static Module WithInstruction(IrType ret, IrType[] parameters, Func<Function, Instruction> make, Func<Instruction, Value?>? retValue = null)
    {
        var (m, f, entry) = NewFunction(ret, parameters);
        var inst = make(f);
        inst.Location = new SourceLocation("built.ll", 3, 5);
        entry.Append(inst);
        entry.Append(new ReturnInst(ret.IsVoid ? null : retValue is null ? Constant.NullValue(ret) : retValue(inst)));
        return m;
    }

    [Fact]
    public void BinaryOperandsMustHaveTheSameType()
    {
        var m = WithInstruction(IrType.Void, [IrType.I32], f => new BinaryInst(Opcode.Add, f.Arguments[0], I64(1)));
        var ex = AssertFails(m, "both operands of 'add' must have the same type: 'i32' and 'i64'");
        Assert.Equal(3, ex.Line);
        Assert.Equal(5, ex.Column);
    }

    [Fact]
    public void FloatingOperatorsNeedFloatingOperands()
    {
        var m = WithInstruction(IrType.Void, [IrType.I32], f => new BinaryInst(Opcode.FAdd, f.Arguments[0], f.Arguments[0]));
        AssertFails(m, "'fadd' needs floating-point operands, got 'i32'");
    }

    [Fact]
    public void IntegerOperatorsNeedIntegerOperands()
    {
        var m = WithInstruction(IrType.Void, [IrType.Double], f => new BinaryInst(Opcode.Xor, f.Arguments[0], f.Arguments[0]));
        AssertFails(m, "'xor' needs integer operands, got 'double'");
    }

    [Fact]
    public void ExactIsOnlyForDivisionsAndRightShifts()
    {
        var m = WithInstruction(IrType.Void, [IrType.I32], f => new BinaryInst(Opcode.Add, f.Arguments[0], f.Arguments[0]) { Flags = IntFlags.Exact });
        AssertFails(m, "'exact' is not allowed on 'add'");
    }

    [Fact]
    public void FNegNeedsAFloatingOperand()
    {
        var m = WithInstruction(IrType.Void, [IrType.I16], f => new UnaryInst(Opcode.FNeg, f.Arguments[0]));
        AssertFails(m, "'fneg' needs a floating-point operand, got 'i16'");
    }

    [Fact]
    public void ICmpNeedsIntegersOrPointers()
    {
        var m = WithInstruction(IrType.Void, [IrType.Float], f => new ICmpInst(IntPredicate.Eq, f.Arguments[0], f.Arguments[0]));
        AssertFails(m, "'icmp' needs integer or pointer operands, got 'float'");
    }

    [Fact]
    public void FCmpOperandsMustMatch()
    {
        var m = WithInstruction(IrType.Void, [IrType.Float, IrType.Double], f => new FCmpInst(FloatPredicate.Olt, f.Arguments[0], f.Arguments[1]));
        AssertFails(m, "both operands of 'fcmp' must have the same type: 'float' and 'double'");
    }

    [Fact]
    public void CastsFollowCastRules()
    {
        var m = WithInstruction(IrType.Void, [IrType.I32], f => new CastInst(Opcode.Trunc, f.Arguments[0], IrType.I64));
        AssertFails(m, "invalid cast: 'trunc' from 'i32' to 'i64' (the result must be narrower)");
    }

    [Fact]
    public void SelectConditionMustBeI1()
    {
        var m = WithInstruction(IrType.Void, [IrType.I32], f => new SelectInst(f.Arguments[0], f.Arguments[0], f.Arguments[0]));
        AssertFails(m, "the condition of 'select' must be i1 (or <N x i1> for N-lane vectors), got 'i32'");
    }

    [Fact]
    public void SelectVectorConditionMustHaveTheSameLaneCount()
    {
        var v4 = VectorType.Get(IrType.Float, 4);
        var c8 = VectorType.Get(IrType.I1, 8);
        var m = WithInstruction(IrType.Void, [c8, v4], f => new SelectInst(f.Arguments[0], f.Arguments[1], f.Arguments[1]));
        AssertFails(m, "the condition of 'select' must be i1 (or <N x i1> for N-lane vectors), got '<8 x i1>'");
    }

    [Fact]
    public void ReturnTypeMustMatchTheFunction()
    {
        var (m, f, entry) = NewFunction(IrType.I32, IrType.I64);
        entry.Append(new ReturnInst(f.Arguments[0]));
        AssertFails(m, "'@f' returns 'i32', but 'ret' gives 'i64'");
    }

    [Fact]
    public void NonVoidFunctionMustReturnAValue()
    {
        var (m, _, entry) = NewFunction(IrType.I32);
        entry.Append(new ReturnInst(null));
        AssertFails(m, "'@f' returns 'i32', so 'ret' needs a value");
    }

    [Fact]
    public void VoidFunctionMustNotReturnAValue()
    {
        var (m, _, entry) = NewFunction(IrType.Void);
        entry.Append(new ReturnInst(I32(1)));
        AssertFails(m, "'@f' returns void, so 'ret' cannot give a value");
    }

    private static (Module M, Function Callee) WithCallee(IrType ret, params IrType[] parameters)
    {
        var (m, _, entry) = NewFunction(IrType.Void);
        var g = new Function("g", FunctionType.Get(ret, parameters));
        m.AddFunction(g);
        return (m, g);
    }

    [Fact]
    public void CallArgumentCountMustMatch()
    {
        var (m, g) = WithCallee(IrType.Void, IrType.I32, IrType.I32);
        var entry = m.GetFunction("f")!.EntryBlock!;
        entry.Append(new CallInst(g.FunctionType, g, [I32(1)]));
        entry.Append(new ReturnInst(null));
        AssertFails(m, "the call gives 1 arguments, but its type 'void (i32, i32)' takes 2");
    }

    [Fact]
    public void CallArgumentTypesMustMatch()
    {
        var (m, g) = WithCallee(IrType.Void, IrType.I32);
        var entry = m.GetFunction("f")!.EntryBlock!;
        entry.Append(new CallInst(g.FunctionType, g, [I64(1)]));
        entry.Append(new ReturnInst(null));
        AssertFails(m, "argument 1 ('i64 1') has type 'i64', but 'i32' is expected");
    }

    [Fact]
    public void CallTypeMustMatchTheCallee()
    {
        var (m, g) = WithCallee(IrType.Void, IrType.I32);
        var entry = m.GetFunction("f")!.EntryBlock!;
        var other = FunctionType.Get(IrType.Void, [IrType.I64]);
        entry.Append(new CallInst(other, g, [I64(1)]));
        entry.Append(new ReturnInst(null));
        AssertFails(m, "'@g' has type 'void (i32)', but is called as 'void (i64)'");
    }

    [Fact]
    public void BuiltinDeclarationsMustHaveTheirSignature()
    {
        var (m, _, entry) = NewFunction(IrType.Void);
        entry.Append(new ReturnInst(null));
        m.AddFunction(new Function("llvm.sqrt.f32", FunctionType.Get(IrType.I32, [IrType.I32])));
        AssertFails(m, "'llvm.sqrt.f32' must have type T (T) for floating-point T, not 'i32 (i32)'");
    }

    [Fact]
    public void UnknownIntrinsicsAreRejected()
    {
        var (m, _, entry) = NewFunction(IrType.Void);
        entry.Append(new ReturnInst(null));
        m.AddFunction(new Function("llvm.frobnicate.i32", FunctionType.Get(IrType.I32, [IrType.I32])));
        AssertFails(m, "unsupported intrinsic '@llvm.frobnicate.i32'");
    }

    [Fact]
    public void InstructionsOfAnotherFunctionCannotBeUsed()
    {
        var m = Parser.ParseModule("""
            define i32 @g(i32 %a) {
            entry:
              %x = add i32 %a, 1
              ret i32 %x
            }
            define i32 @f(i32 %b) {
            entry:
              %y = add i32 %b, 2
              ret i32 %y
            }
            """, "bad.ll");
        var g = m.GetFunction("g")!;
        var y = m.GetFunction("f")!.Instructions.First();
        y.SetOperand(0, g.Instructions.First());
        AssertFails(m, "'add' uses '%x', which is defined in another function ('@g')", 8);
    }

    [Fact]
    public void ArgumentsOfAnotherFunctionCannotBeUsed()
    {
        var m = Parser.ParseModule("""
            define i32 @g(i32 %a) {
              ret i32 %a
            }
            define i32 @f(i32 %b) {
              %y = add i32 %b, 2
              ret i32 %y
            }
            """, "bad.ll");
        var y = m.GetFunction("f")!.Instructions.First();
        y.SetOperand(0, m.GetFunction("g")!.Arguments[0]);
        AssertFails(m, "'add' uses argument '%a' of another function ('@g')", 5);
    }

    [Fact]
    public void BranchesMustStayInTheFunction()
    {
        var m = Parser.ParseModule("""
            define void @g() {
            gentry:
              ret void
            }
            define void @f() {
            entry:
              br label %exit
            exit:
              ret void
            }
            """, "bad.ll");
        var br = (BranchInst)m.GetFunction("f")!.EntryBlock!.Terminator!;
        br.SetOperand(0, m.GetFunction("g")!.EntryBlock!);
        AssertFails(m, "'br' refers to block '%gentry', which is not in '@f'", 7);
    }

    [Fact]
    public void VoidResultsCannotBeUsed()
    {
        var (m, g) = WithCallee(IrType.Void);
        var entry = m.GetFunction("f")!.EntryBlock!;
        var call = new CallInst(g.FunctionType, g, []);
        entry.Append(call);
        entry.Append(new StoreInst(call, new ConstantPointerNull()));
        entry.Append(new ReturnInst(null));
        AssertFails(m, "'store' uses '<unnamed call>', which produces no value");
    }

    [Fact]
    public void LoadNeedsASizedType()
    {
        var opaque = StructType.CreateNamed("opaque.t");
        var m = WithInstruction(IrType.Void, [IrType.Ptr], f => new LoadInst(opaque, f.Arguments[0]));
        AssertFails(m, "cannot load a value of unsized type '%opaque.t'");
    }

    [Fact]
    public void StoreNeedsAPointer()
    {
        var m = WithInstruction(IrType.Void, [IrType.I64], f => new StoreInst(f.Arguments[0], f.Arguments[0]));
        AssertFails(m, "'store' needs a pointer operand, got 'i64'");
    }

    [Fact]
    public void AllocaNeedsASizedType()
    {
        var fnType = FunctionType.Get(IrType.Void, []);
        var m = WithInstruction(IrType.Void, [], _ => new AllocaInst(fnType, I32(1)));
        AssertFails(m, "cannot allocate a value of unsized type 'void ()'");
    }

    [Fact]
    public void SwitchCaseValuesMustBeUnique()
    {
        var (m, f, entry) = NewFunction(IrType.Void, IrType.I32);
        var exit = new BasicBlock("exit");
        f.AddBlock(exit);
        exit.Append(new ReturnInst(null));
        var sw = new SwitchInst(f.Arguments[0], exit);
        sw.AddCase(I32(4), exit);
        sw.AddCase(I32(4), exit);
        entry.Append(sw);
        AssertFails(m, "duplicate case value 4");
    }

    [Fact]
    public void SwitchCaseValuesMustHaveTheConditionType()
    {
        var (m, f, entry) = NewFunction(IrType.Void, IrType.I32);
        var exit = new BasicBlock("exit");
        f.AddBlock(exit);
        exit.Append(new ReturnInst(null));
        var sw = new SwitchInst(f.Arguments[0], exit);
        sw.AddCase(I64(4), exit);
        entry.Append(sw);
        AssertFails(m, "case value has type 'i64', but the switch is on 'i32'");
    }

    [Fact]
    public void BranchConditionMustBeI1()
    {
        var (m, f, entry) = NewFunction(IrType.Void, IrType.I8);
        var exit = new BasicBlock("exit");
        f.AddBlock(exit);
        exit.Append(new ReturnInst(null));
        entry.Append(new BranchInst(f.Arguments[0], exit, exit));
        AssertFails(m, "the condition of 'br' must be i1, got 'i8'");
    }

    [Fact]
    public void GepStructIndicesMustBeConstant()
    {
        var s = StructType.GetLiteral([IrType.I32, IrType.Double]);
        var m = WithInstruction(IrType.Void, [IrType.Ptr, IrType.I32], f => new GetElementPtrInst(s, f.Arguments[0], [I64(0), f.Arguments[1]]));
        AssertFails(m, "a struct index in getelementptr must be an i32 constant");
    }

    [Fact]
    public void GepStructIndicesMustBeInRange()
    {
        var s = StructType.GetLiteral([IrType.I32, IrType.Double]);
        var m = WithInstruction(IrType.Void, [IrType.Ptr], f => new GetElementPtrInst(s, f.Arguments[0], [I64(0), I32(2)]));
        AssertFails(m, "struct index 2 is out of range for '{ i32, double }' (2 fields)");
    }

    [Fact]
    public void GepCannotIndexIntoScalars()
    {
        var m = WithInstruction(IrType.Void, [IrType.Ptr], f => new GetElementPtrInst(IrType.I32, f.Arguments[0], [I64(0), I64(1)]));
        AssertFails(m, "getelementptr cannot index into 'i32'");
    }

    [Fact]
    public void InsertElementMustPutTheElementType()
    {
        var v = VectorType.Get(IrType.Float, 4);
        var m = WithInstruction(IrType.Void, [v, IrType.Double], f => new InsertElementInst(f.Arguments[0], f.Arguments[1], I32(0)));
        AssertFails(m, "'insertelement' puts a 'double' into a vector of 'float'");
    }

    [Fact]
    public void ShuffleMaskMustBeInRange()
    {
        var v = VectorType.Get(IrType.I32, 4);
        var m = WithInstruction(IrType.Void, [v], f => new ShuffleVectorInst(f.Arguments[0], f.Arguments[0], [0, 8]));
        AssertFails(m, "shuffle mask element 8 is out of range (0..7)");
    }

    [Fact]
    public void ExtractValueIndicesMustBeInRange()
    {
        var s = StructType.GetLiteral([IrType.I32, IrType.Double]);
        var m = WithInstruction(IrType.Void, [s], f => new ExtractValueInst(f.Arguments[0], [3]));
        AssertFails(m, "indices 3 are out of range for '{ i32, double }'");
    }

    [Fact]
    public void PhiValuesMustHaveThePhiType()
    {
        var (m, f, entry) = NewFunction(IrType.I32, IrType.I64);
        var next = new BasicBlock("next");
        f.AddBlock(next);
        entry.Append(new BranchInst(next));
        var phi = new PhiInst(IrType.I32) { Name = "p" };
        phi.AddIncoming(f.Arguments[0], entry);
        next.Append(phi);
        next.Append(new ReturnInst(phi));
        AssertFails(m, "phi node '%p' has type 'i32', but its value '%a0' from '%entry' has type 'i64'");
    }

    [Fact]
    public void GlobalInitializerMustHaveTheGlobalType()
    {
        var m = new Module("built.ll");
        m.AddGlobal(new GlobalVariable("g", IrType.I32, false, I64(5)));
        var problems = IrVerifier.Check(m);
        Assert.Single(problems);
        Assert.Equal("the initializer of '@g' has type 'i64', but the global has type 'i32'", problems[0].Description);
    }

    [Fact]
    public void ParsedCorrectProgramsVerify()
    {
        AssertValid(Parser.ParseModule("""
            %pair = type { i32, [4 x float] }
            declare float @llvm.sqrt.f32(float)
            declare i32 @llvm.smin.i32(i32, i32)
            define float @g(ptr %p, i32 %i, <4 x float> %v) {
            entry:
              %a = alloca %pair
              %q = getelementptr inbounds %pair, ptr %a, i64 0, i32 1, i32 %i
              store float 2.0, ptr %q
              %l = load float, ptr %q
              %s = call float @llvm.sqrt.f32(float %l)
              %e = extractelement <4 x float> %v, i32 2
              %sh = shufflevector <4 x float> %v, <4 x float> %v, <2 x i32> <i32 0, i32 7>
              %m = call i32 @llvm.smin.i32(i32 %i, i32 3)
              %c = icmp sgt i32 %m, 0
              %r = select i1 %c, float %s, float %e
              ret float %r
            }
            """, "ok.ll"));
    }
}
