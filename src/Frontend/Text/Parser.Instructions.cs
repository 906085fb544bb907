// Function bodies and instructions. Operand types are checked as they are read, like LLVM's
// LLParser, so a type error points at the token that caused it.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public sealed partial class Parser
{
    internal IrException ErrorAt(Token t, string message) => Error(t, message);

    private static readonly HashSet<string> InstructionWords =
    [
        "tail", "musttail", "notail", "invoke", "landingpad", "resume", "cleanuppad", "catchpad", "catchswitch",
        "catchret", "cleanupret", "va_arg", "indirectbr", "callbr", "atomicrmw", "cmpxchg", "fence", "addrspacecast",
    ];

    /// <summary>Words that begin an instruction, so a list of attributes before them has ended.</summary>
    private static bool StartsInstruction(string word) => OpcodeInfo.TryParse(word, out _) || InstructionWords.Contains(word);

    private static readonly HashSet<string> ConstantWords =
    [
        "true", "false", "null", "undef", "poison", "zeroinitializer", "none", "blockaddress", "dso_local_equivalent",
        "no_cfi", "asm",
    ];

    /// <summary>Words that begin a value (constants and constant expressions), so attributes before them have ended.</summary>
    private static bool StartsValue(string word) =>
        ConstantWords.Contains(word) || OpcodeInfo.TryParse(word, out _) ||
        word.StartsWith("u0x", StringComparison.Ordinal) || word.StartsWith("s0x", StringComparison.Ordinal);

    private void ParseFunctionBody(Function f, LocalScope scope)
    {
        var open = Expect(TokenKind.LBrace, "'{' to start the function body");
        var last = ParseBlocks(f, scope, open);
        var close = Advance();
        if (f.Blocks.Count == 0) throw Error(close, $"function '@{f.Name}' has an empty body");
        if (last!.Terminator is null)
            throw Error(close, $"block {BlockDescription(last)} must end with a terminator (ret, br, switch, unreachable)");
        scope.Finish(close);
    }

    /// <summary>
    /// Blocks and instructions up to a closing brace (or the end of a snippet). Returns the last block.
    /// In the snippet dialect a label after an unterminated block falls through to it.
    /// </summary>
    private BasicBlock? ParseBlocks(Function f, LocalScope scope, Token open)
    {
        BasicBlock? block = null;
        while (Cur.Kind != TokenKind.RBrace || _snippetMode)
        {
            if (Cur.Kind == TokenKind.Eof)
            {
                if (_snippetMode) break;
                throw Error(open, "unterminated function body (missing '}')");
            }
            if (Cur.Kind == TokenKind.Label)
            {
                var label = Advance();
                if (block is not null && block.Terminator is null)
                {
                    if (!_snippetMode)
                        throw Error(label, $"block {BlockDescription(block)} must end with a terminator (ret, br, switch, unreachable) before label '{label.Text}:'");
                    var next = scope.DefineBlock(label, label);
                    block.Append(new BranchInst(next) { Location = Locate(label) });
                    block = next;
                }
                else block = scope.DefineBlock(label, label);
                continue;
            }
            if (block is null || block.Terminator is not null) block = scope.DefineBlock(null, Cur);
            ParseInstruction(block, scope);
        }
        _ = f;
        return block;
    }

    private static string BlockDescription(BasicBlock b) => b.Name is null ? "(unnamed)" : $"'%{Names.Quote(b.Name)}'";

    private void ParseInstruction(BasicBlock block, LocalScope scope)
    {
        Token? name = null;
        if (Cur.Kind == TokenKind.LocalVar && PeekToken().Kind == TokenKind.Equal)
        {
            name = Advance();
            Advance();
        }
        var opTok = Cur;
        if (opTok.Kind != TokenKind.Word) throw Error(opTok, $"expected an instruction, found {opTok}");
        var inst = ParseInstructionBody(opTok, scope);
        if (inst is null)
        {
            // A dropped hint (llvm.dbg.*, llvm.lifetime.*, llvm.assume ...): nothing to add.
            SkipMetadataAttachments();
            return;
        }
        SkipMetadataAttachments();
        inst.Location = Locate(opTok);
        block.Append(inst);
        scope.DefineValue(name, inst, opTok);
    }

    private Value ParseValue(IrType type, LocalScope scope)
    {
        if (Cur.Kind == TokenKind.LocalVar) return scope.GetValue(Advance(), type);
        if (type.IsVoid || type.IsLabel || type.IsFunction || type.Kind == TypeKind.Metadata)
            throw Error(Cur, $"a value cannot have type '{type}'");
        return ParseConstant(type);
    }

    private Value ParseTypeAndValue(LocalScope scope, out IrType type, out Token typeToken)
    {
        typeToken = Cur;
        type = ParseType();
        return ParseValue(type, scope);
    }

    private Value ParseTypeAndValue(LocalScope scope) => ParseTypeAndValue(scope, out _, out _);

    private BasicBlock ParseLabelOperand(LocalScope scope)
    {
        ExpectWord("label");
        var t = Expect(TokenKind.LocalVar, "a label such as '%bb'");
        return scope.GetBlock(t);
    }

    private FastMathFlags ParseFastMathFlags()
    {
        var flags = FastMathFlags.None;
        while (Cur.Kind == TokenKind.Word && FlagInfo.TryParseFastMath(Cur.Text, out var f))
        {
            flags |= f;
            Advance();
        }
        return flags;
    }

    private Instruction? ParseInstructionBody(Token op, LocalScope scope)
    {
        switch (op.Text)
        {
            case "ret": Advance(); return ParseRet(op, scope);
            case "br": Advance(); return ParseBr(scope);
            case "switch": Advance(); return ParseSwitch(scope);
            case "unreachable": Advance(); return new UnreachableInst();
            case "fneg":
            {
                Advance();
                var fmf = ParseFastMathFlags();
                var v = ParseTypeAndValue(scope, out var ty, out var tt);
                if (!ty.IsFpOrFpVector) throw Error(tt, $"'fneg' needs a floating-point operand, got '{ty}'");
                return new UnaryInst(Opcode.FNeg, v) { FastMath = fmf };
            }
            case "icmp": Advance(); return ParseICmp(scope);
            case "fcmp": Advance(); return ParseFCmp(scope);
            case "select": Advance(); return ParseSelect(op, scope);
            case "phi": Advance(); return ParsePhi(op, scope);
            case "freeze":
            {
                Advance();
                var v = ParseTypeAndValue(scope, out var ty, out var tt);
                if (!ty.IsFirstClass) throw Error(tt, $"cannot freeze a value of type '{ty}'");
                return new FreezeInst(v);
            }
            case "alloca": Advance(); return ParseAlloca(scope);
            case "load": Advance(); return ParseLoad(op, scope);
            case "store": Advance(); return ParseStore(op, scope);
            case "getelementptr": Advance(); return ParseGep(op, scope);
            case "extractvalue": Advance(); return ParseExtractValue(op, scope);
            case "insertvalue": Advance(); return ParseInsertValue(op, scope);
            case "extractelement": Advance(); return ParseExtractElement(op, scope);
            case "insertelement": Advance(); return ParseInsertElement(op, scope);
            case "shufflevector": Advance(); return ParseShuffle(op, scope);
            case "call" or "tail" or "musttail" or "notail": return ParseCall(scope);
            case "invoke" or "landingpad" or "resume" or "cleanuppad" or "catchpad" or "catchswitch" or "catchret" or "cleanupret":
                throw Error(op, $"'{op.Text}' is not supported: exception handling is out of scope");
            case "va_arg": throw Error(op, "'va_arg' is not supported: variadic functions are out of scope");
            case "indirectbr" or "callbr": throw Error(op, $"'{op.Text}' is not supported");
            case "atomicrmw" or "cmpxchg" or "fence": throw Error(op, $"'{op.Text}' is not supported: atomics are out of scope");
            case "addrspacecast": throw Error(op, "'addrspacecast' is not supported: only address space 0 exists");
        }
        if (OpcodeInfo.TryParse(op.Text, out var opcode))
        {
            if (opcode.IsBinary()) { Advance(); return ParseBinary(op, opcode, scope); }
            if (opcode.IsCast()) { Advance(); return ParseCast(op, opcode, scope); }
        }
        throw Error(op, $"expected an instruction, found {op}");
    }

    private Instruction ParseBinary(Token op, Opcode opcode, LocalScope scope)
    {
        var flags = IntFlags.None;
        var fmf = FastMathFlags.None;
        if (opcode.IsIntBinary())
        {
            while (Cur.Kind == TokenKind.Word)
            {
                var f = Cur;
                if (f.Text == "nuw" || f.Text == "nsw")
                {
                    if (opcode is not (Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Shl))
                        throw Error(f, $"'{f.Text}' is not allowed on '{op.Text}'");
                    flags |= f.Text == "nuw" ? IntFlags.NoUnsignedWrap : IntFlags.NoSignedWrap;
                }
                else if (f.Text == "exact")
                {
                    if (opcode is not (Opcode.UDiv or Opcode.SDiv or Opcode.LShr or Opcode.AShr))
                        throw Error(f, $"'exact' is not allowed on '{op.Text}'");
                    flags |= IntFlags.Exact;
                }
                else if (f.Text == "disjoint" && opcode == Opcode.Or) { }
                else break;
                Advance();
            }
        }
        else fmf = ParseFastMathFlags();

        var tt = Cur;
        var ty = ParseType();
        if (opcode.IsIntBinary() && !ty.IsIntOrIntVector)
            throw Error(tt, $"'{op.Text}' needs integer operands, got '{ty}'");
        if (opcode.IsFloatBinary() && !ty.IsFpOrFpVector)
            throw Error(tt, $"'{op.Text}' needs floating-point operands, got '{ty}'");
        var a = ParseValue(ty, scope);
        Expect(TokenKind.Comma, "',' between the operands");
        var b = ParseValue(ty, scope);
        return new BinaryInst(opcode, a, b) { Flags = flags, FastMath = fmf };
    }

    private Instruction ParseCast(Token op, Opcode opcode, LocalScope scope)
    {
        var v = ParseTypeAndValue(scope, out var from, out var ft);
        ExpectWord("to");
        var dt = Cur;
        var to = ParseType();
        if (CastRules.Check(opcode, from, to) is { } problem) throw Error(op, problem);
        _ = ft;
        _ = dt;
        return new CastInst(opcode, v, to);
    }

    private Instruction ParseICmp(LocalScope scope)
    {
        var p = Expect(TokenKind.Word, "an icmp predicate (eq, ne, slt, ult, ...)");
        if (!PredicateInfo.TryParse(p.Text, out IntPredicate pred)) throw Error(p, $"'{p.Text}' is not an icmp predicate");
        var a = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsIntOrIntVector && !ty.IsPtrOrPtrVector) throw Error(tt, $"'icmp' needs integer or pointer operands, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var b = ParseValue(ty, scope);
        return new ICmpInst(pred, a, b);
    }

    private Instruction ParseFCmp(LocalScope scope)
    {
        var fmf = ParseFastMathFlags();
        var p = Expect(TokenKind.Word, "an fcmp predicate (oeq, olt, une, ...)");
        if (!PredicateInfo.TryParse(p.Text, out FloatPredicate pred)) throw Error(p, $"'{p.Text}' is not an fcmp predicate");
        var a = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsFpOrFpVector) throw Error(tt, $"'fcmp' needs floating-point operands, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var b = ParseValue(ty, scope);
        return new FCmpInst(pred, a, b) { FastMath = fmf };
    }

    private Instruction ParseSelect(Token op, LocalScope scope)
    {
        var fmf = ParseFastMathFlags();
        var c = ParseTypeAndValue(scope, out var ct, out var ctt);
        Expect(TokenKind.Comma, "','");
        var a = ParseTypeAndValue(scope, out var ty, out _);
        Expect(TokenKind.Comma, "','");
        var bt = Cur;
        var bty = ParseType();
        if (!ReferenceEquals(bty, ty)) throw Error(bt, $"both values of 'select' must have the same type: '{ty}' and '{bty}'");
        var b = ParseValue(bty, scope);
        bool condOk = ReferenceEquals(ct, IrType.I1) ||
                      (ct is VectorType { Element: IntegerType { Bits: 1 } } cv && ty is VectorType tv && cv.Count == tv.Count);
        if (!condOk) throw Error(ctt, $"the condition of 'select' must be i1 (or <N x i1> for N-lane vectors), got '{ct}'");
        if (!ty.IsFirstClass) throw Error(op, $"cannot select values of type '{ty}'");
        return new SelectInst(c, a, b) { FastMath = fmf };
    }

    private Instruction ParsePhi(Token op, LocalScope scope)
    {
        var fmf = ParseFastMathFlags();
        var tt = Cur;
        var ty = ParseType();
        if (!ty.IsFirstClass || ty.IsLabel) throw Error(tt, $"a phi cannot have type '{ty}'");
        var phi = new PhiInst(ty) { FastMath = fmf };
        do
        {
            Expect(TokenKind.LBracket, "'[' to start a phi entry");
            var v = Cur.Kind == TokenKind.LocalVar ? scope.GetPhiIncoming(Advance(), ty) : ParseConstant(ty);
            Expect(TokenKind.Comma, "','");
            var bt = Expect(TokenKind.LocalVar, "the incoming block (such as '%bb')");
            var b = scope.GetBlock(bt);
            scope.BindPhiIncoming(v, b);
            Expect(TokenKind.RBracket, "']' to end the phi entry");
            phi.AddIncoming(v, b);
        } while (Accept(TokenKind.Comma) && Cur.Kind == TokenKind.LBracket);
        _ = op;
        return phi;
    }

    private Instruction ParseAlloca(LocalScope scope)
    {
        if (Cur.Is("inalloca")) throw Error(Cur, "'inalloca' is not supported");
        var tt = Cur;
        var ty = ParseType();
        if (!ty.IsFirstClass || ty.IsLabel || ty is StructType { IsOpaque: true })
            throw Error(tt, $"cannot allocate a value of type '{ty}'");
        Value count = new ConstantInt(IrType.I32, 1L);
        int align = 0;
        while (Cur.Kind == TokenKind.Comma)
        {
            if (PeekToken().Kind == TokenKind.MetadataVar) break;
            Advance();
            if (AcceptWord("align")) align = ParseAlignValue();
            else if (Cur.Is("addrspace")) ParseAddressSpace();
            else
            {
                count = ParseTypeAndValue(scope, out var ct, out var ctt);
                if (!ct.IsInteger) throw Error(ctt, $"the element count of 'alloca' must be an integer, got '{ct}'");
            }
        }
        return new AllocaInst(ty, count) { Alignment = align };
    }

    private Instruction ParseLoad(Token op, LocalScope scope)
    {
        if (Cur.Is("atomic")) throw Error(Cur, "atomic loads are not supported: atomics are out of scope");
        bool isVolatile = AcceptWord("volatile");
        var tt = Cur;
        var ty = ParseType();
        if (!ty.IsFirstClass || ty.IsLabel || ty is StructType { IsOpaque: true }) throw Error(tt, $"cannot load a value of type '{ty}'");
        Expect(TokenKind.Comma, "',' before the pointer");
        var p = ParseTypeAndValue(scope, out var pt, out var ptt);
        if (!pt.IsPointer) throw Error(ptt, $"'load' needs a pointer operand, got '{pt}'");
        int align = ParseOptionalAlign();
        _ = op;
        return new LoadInst(ty, p) { Alignment = align, IsVolatile = isVolatile };
    }

    private Instruction ParseStore(Token op, LocalScope scope)
    {
        if (Cur.Is("atomic")) throw Error(Cur, "atomic stores are not supported: atomics are out of scope");
        bool isVolatile = AcceptWord("volatile");
        var v = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsFirstClass || ty.IsLabel) throw Error(tt, $"cannot store a value of type '{ty}'");
        Expect(TokenKind.Comma, "',' before the pointer");
        var p = ParseTypeAndValue(scope, out var pt, out var ptt);
        if (!pt.IsPointer) throw Error(ptt, $"'store' needs a pointer operand, got '{pt}'");
        int align = ParseOptionalAlign();
        _ = op;
        return new StoreInst(v, p) { Alignment = align, IsVolatile = isVolatile };
    }

    private int ParseOptionalAlign()
    {
        int align = 0;
        while (Cur.Kind == TokenKind.Comma && PeekToken().Is("align"))
        {
            Advance();
            Advance();
            align = ParseAlignValue();
        }
        return align;
    }

    private Instruction ParseGep(Token op, LocalScope scope)
    {
        bool inBounds = AcceptWord("inbounds");
        var st = Cur;
        var srcType = ParseType();
        if (!srcType.IsFirstClass || srcType is StructType { IsOpaque: true })
            throw Error(st, $"getelementptr cannot index into type '{srcType}'");
        Expect(TokenKind.Comma, "','");
        var basePtr = ParseTypeAndValue(scope, out var bt, out var btt);
        if (!bt.IsPtrOrPtrVector) throw Error(btt, $"getelementptr needs a pointer (or vector of pointers) base, got '{bt}'");
        var indices = new List<Value>();
        var indexed = srcType;
        int? lanes = bt is VectorType bv ? bv.Count : null;
        while (Cur.Kind == TokenKind.Comma && PeekToken().Kind != TokenKind.MetadataVar)
        {
            Advance();
            AcceptWord("inrange");
            var idx = ParseTypeAndValue(scope, out var it, out var itt);
            if (!it.IsIntOrIntVector) throw Error(itt, $"getelementptr indices must be integers, got '{it}'");
            if (it is VectorType iv)
            {
                if (lanes is { } n && n != iv.Count) throw Error(itt, "all vector operands of getelementptr must have the same length");
                lanes = iv.Count;
            }
            if (indices.Count > 0)
            {
                switch (indexed)
                {
                    case StructType s:
                    {
                        var c = idx as ConstantInt ?? (idx as Constant)?.GetAggregateElement(0) as ConstantInt;
                        if (c is null || !ReferenceEquals(c.Type, IrType.I32))
                            throw Error(itt, "a struct index in getelementptr must be an i32 constant");
                        if (c.ZExtValue >= (ulong)s.Fields.Count)
                            throw Error(itt, $"struct index {c.ZExtValue} is out of range for '{s}' ({s.Fields.Count} fields)");
                        indexed = s.Fields[(int)c.ZExtValue];
                        break;
                    }
                    case ArrayType a: indexed = a.Element; break;
                    case VectorType v: indexed = v.Element; break;
                    default: throw Error(itt, $"getelementptr cannot index into '{indexed}'");
                }
            }
            indices.Add(idx);
        }
        _ = op;
        return new GetElementPtrInst(srcType, basePtr, indices) { InBounds = inBounds };
    }

    private int[] ParseAggregateIndices(IrType aggregate, Token op)
    {
        var indices = new List<int>();
        var t = aggregate;
        while (Cur.Kind == TokenKind.Comma && PeekToken().Kind == TokenKind.Integer)
        {
            Advance();
            var it = Advance();
            if (!int.TryParse(it.Text, out int i) || i < 0) throw Error(it, $"invalid index '{it.Text}'");
            t = t switch
            {
                StructType s when i < s.Fields.Count => s.Fields[i],
                ArrayType a when i < a.Count => a.Element,
                StructType or ArrayType => throw Error(it, $"index {i} is out of range for '{t}'"),
                _ => throw Error(it, $"'{op.Text}' cannot index into '{t}'"),
            };
            indices.Add(i);
        }
        if (indices.Count == 0) throw Error(Cur, $"'{op.Text}' needs at least one index");
        return indices.ToArray();
    }

    private Instruction ParseExtractValue(Token op, LocalScope scope)
    {
        var agg = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsAggregate) throw Error(tt, $"'extractvalue' needs a struct or array operand, got '{ty}'");
        return new ExtractValueInst(agg, ParseAggregateIndices(ty, op));
    }

    private Instruction ParseInsertValue(Token op, LocalScope scope)
    {
        var agg = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsAggregate) throw Error(tt, $"'insertvalue' needs a struct or array operand, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var et = Cur;
        var elemType = ParseType();
        var elem = ParseValue(elemType, scope);
        var indices = ParseAggregateIndices(ty, op);
        var expected = TypeRules.AggregateElement(ty, indices)!;
        if (!ReferenceEquals(expected, elemType))
            throw Error(et, $"'insertvalue' puts a '{elemType}' where '{ty}' has a '{expected}'");
        return new InsertValueInst(agg, elem, indices);
    }

    private Instruction ParseExtractElement(Token op, LocalScope scope)
    {
        var v = ParseTypeAndValue(scope, out var ty, out var tt);
        if (ty is not VectorType) throw Error(tt, $"'extractelement' needs a vector, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var i = ParseTypeAndValue(scope, out var it, out var itt);
        if (!it.IsInteger) throw Error(itt, $"the index of 'extractelement' must be an integer, got '{it}'");
        _ = op;
        return new ExtractElementInst(v, i);
    }

    private Instruction ParseInsertElement(Token op, LocalScope scope)
    {
        var v = ParseTypeAndValue(scope, out var ty, out var tt);
        if (ty is not VectorType vt) throw Error(tt, $"'insertelement' needs a vector, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var e = ParseTypeAndValue(scope, out var et, out var ett);
        if (!ReferenceEquals(et, vt.Element)) throw Error(ett, $"'insertelement' puts a '{et}' into a vector of '{vt.Element}'");
        Expect(TokenKind.Comma, "','");
        var i = ParseTypeAndValue(scope, out var it, out var itt);
        if (!it.IsInteger) throw Error(itt, $"the index of 'insertelement' must be an integer, got '{it}'");
        _ = op;
        return new InsertElementInst(v, e, i);
    }

    private Instruction ParseShuffle(Token op, LocalScope scope)
    {
        var a = ParseTypeAndValue(scope, out var ty, out var tt);
        if (ty is not VectorType vt) throw Error(tt, $"'shufflevector' needs vectors, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var bt = Cur;
        var bty = ParseType();
        if (!ReferenceEquals(bty, ty)) throw Error(bt, $"both vectors of 'shufflevector' must have the same type: '{ty}' and '{bty}'");
        var b = ParseValue(bty, scope);
        Expect(TokenKind.Comma, "','");
        var mt = Cur;
        var maskType = ParseType();
        if (maskType is not VectorType { Element: IntegerType { Bits: 32 } } mvt)
            throw Error(mt, $"the mask of 'shufflevector' must be a vector of i32, got '{maskType}'");
        var maskTok = Cur;
        var mask = ParseConstant(maskType);
        var lanes = new int[mvt.Count];
        for (int i = 0; i < lanes.Length; i++)
        {
            var e = mask.GetAggregateElement(i);
            lanes[i] = e switch
            {
                ConstantInt c when c.ZExtValue < (ulong)(2 * vt.Count) => (int)c.ZExtValue,
                ConstantInt c => throw Error(maskTok, $"shuffle mask element {c.SExtValue} is out of range (0..{2 * vt.Count - 1})"),
                UndefValue or PoisonValue => -1,
                _ => throw Error(maskTok, "the mask of 'shufflevector' must be a constant"),
            };
        }
        _ = op;
        return new ShuffleVectorInst(a, b, lanes);
    }

    private Instruction ParseRet(Token op, LocalScope scope)
    {
        var f = scope.Current!.Parent!;
        var tt = Cur;
        if (AcceptWord("void"))
        {
            if (!f.ReturnType.IsVoid) throw Error(tt, $"'@{f.Name}' returns '{f.ReturnType}', so 'ret' needs a value");
            return new ReturnInst(null);
        }
        var ty = ParseType();
        if (!ReferenceEquals(ty, f.ReturnType))
            throw Error(tt, $"'@{f.Name}' returns '{f.ReturnType}', but 'ret' gives '{ty}'");
        _ = op;
        return new ReturnInst(ParseValue(ty, scope));
    }

    private Instruction ParseBr(LocalScope scope)
    {
        if (Cur.Is("label")) return new BranchInst(ParseLabelOperand(scope));
        var c = ParseTypeAndValue(scope, out var ct, out var ctt);
        if (!ReferenceEquals(ct, IrType.I1)) throw Error(ctt, $"the condition of 'br' must be i1, got '{ct}'");
        Expect(TokenKind.Comma, "','");
        var t = ParseLabelOperand(scope);
        Expect(TokenKind.Comma, "','");
        var f = ParseLabelOperand(scope);
        return new BranchInst(c, t, f);
    }

    private Instruction ParseSwitch(LocalScope scope)
    {
        var v = ParseTypeAndValue(scope, out var ty, out var tt);
        if (!ty.IsInteger) throw Error(tt, $"'switch' needs an integer value, got '{ty}'");
        Expect(TokenKind.Comma, "','");
        var def = ParseLabelOperand(scope);
        var sw = new SwitchInst(v, def);
        Expect(TokenKind.LBracket, "'[' to start the case list");
        var seen = new HashSet<ulong>();
        while (Cur.Kind != TokenKind.RBracket)
        {
            var ct = Cur;
            var caseType = ParseType();
            if (!ReferenceEquals(caseType, ty)) throw Error(ct, $"case value has type '{caseType}', but the switch is on '{ty}'");
            var valTok = Cur;
            if (ParseConstant(caseType) is not ConstantInt c) throw Error(valTok, "a case value must be an integer constant");
            if (!seen.Add(c.ZExtValue)) throw Error(valTok, $"duplicate case value {c.SExtValue}");
            Expect(TokenKind.Comma, "','");
            sw.AddCase(c, ParseLabelOperand(scope));
        }
        Advance();
        return sw;
    }

    private Instruction? ParseCall(LocalScope scope)
    {
        var tail = TailCallKind.None;
        if (AcceptWord("tail")) tail = TailCallKind.Tail;
        else if (AcceptWord("musttail")) tail = TailCallKind.MustTail;
        else if (AcceptWord("notail")) tail = TailCallKind.NoTail;
        var callTok = Cur;
        ExpectWord("call");
        var fmf = ParseFastMathFlags();
        string? cconv = null;
        if (Cur.Kind == TokenKind.Word && CallingConventions.Contains(Cur.Text)) cconv = Advance().Text;
        else if (Cur.Is("cc")) { Advance(); cconv = "cc " + Expect(TokenKind.Integer, "a number").Text; }
        var retAttrs = ParseParamAttributes(beforeType: true);
        if (Cur.Is("addrspace")) ParseAddressSpace();
        var rtTok = Cur;
        var retOrFnType = ParseType();
        FunctionType? explicitType = retOrFnType as FunctionType;
        if (explicitType is { IsVarArg: true }) throw Error(rtTok, "calls to variadic functions are not supported");
        var calleeTok = Cur;
        if (calleeTok.Is("asm")) throw Error(calleeTok, "inline assembly is not supported");

        // The callee is read after its arguments, when the function type is known.
        if (calleeTok.Kind is TokenKind.GlobalVar or TokenKind.LocalVar) Advance();
        else throw Error(calleeTok, $"expected the function to call (such as '@f'), found {calleeTok}");

        Expect(TokenKind.LParen, "'(' to start the arguments");
        var args = new List<Value>();
        var argAttrs = new List<ParamAttributes>();
        bool hasMetadataArgs = false;
        if (Cur.Kind != TokenKind.RParen)
        {
            while (true)
            {
                var at = Cur;
                if (Cur.Is("metadata"))
                {
                    Advance();
                    hasMetadataArgs = true;
                    if (Cur.Kind is TokenKind.MetadataVar or TokenKind.Exclaim) SkipMetadataValue();
                    else { ParseType(); if (Cur.Kind == TokenKind.LocalVar) Advance(); else SkipMetadataValue(); }
                }
                else
                {
                    var ty = ParseType();
                    if (!ty.IsFirstClass || ty.IsLabel) throw Error(at, $"an argument cannot have type '{ty}'");
                    argAttrs.Add(ParseParamAttributes(beforeType: false));
                    args.Add(ParseValue(ty, scope));
                }
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RParen, "')' after the arguments");
        // Function attributes and operand bundles after the argument list carry no semantics here.
        while (true)
        {
            if (Cur.Kind == TokenKind.AttrGroup) { Advance(); continue; }
            if (Cur.Kind == TokenKind.Word && !StartsInstruction(Cur.Text)) { Advance(); if (Cur.Kind == TokenKind.LParen) SkipBalanced(); continue; }
            if (Cur.Kind == TokenKind.String) { Advance(); if (Accept(TokenKind.Equal)) Expect(TokenKind.String, "a string"); continue; }
            if (Cur.Kind == TokenKind.LBracket) { SkipBalanced(); continue; }
            break;
        }

        var fnType = explicitType ?? FunctionType.Get(retOrFnType, args.Select(a => a.Type).ToArray());
        if (explicitType is not null)
        {
            if (explicitType.Parameters.Count != args.Count)
                throw Error(calleeTok, $"the call gives {args.Count} arguments, but its type '{explicitType}' takes {explicitType.Parameters.Count}");
            for (int i = 0; i < args.Count; i++)
                if (!ReferenceEquals(explicitType.Parameters[i], args[i].Type))
                    throw Error(calleeTok, $"argument {i + 1} has type '{args[i].Type}', but '{explicitType.Parameters[i]}' is expected");
        }

        // Hints with no semantics (debug info, lifetimes, assumptions) are dropped.
        if (calleeTok.Kind == TokenKind.GlobalVar && Builtins.IsIntrinsicName(calleeTok.Text) &&
            Builtins.IsDroppedHint(Builtins.Resolve(calleeTok.Text)))
            return null;
        if (hasMetadataArgs) throw Error(callTok, "metadata arguments are only supported in calls to debug-info intrinsics");

        Value callee;
        if (calleeTok.Kind == TokenKind.GlobalVar)
        {
            callee = GetGlobal(calleeTok, asCallee: fnType);
            if (callee is Function fn)
            {
                if (fn.Builtin == Builtin.None && Builtins.IsIntrinsicName(fn.Name))
                    throw Error(calleeTok, $"unsupported intrinsic '@{fn.Name}'");
                if (!ReferenceEquals(fn.FunctionType, fnType))
                    throw Error(calleeTok, $"'@{fn.Name}' has type '{fn.FunctionType}', but is called as '{fnType}'");
            }
            else if (callee is GlobalVariable)
                throw Error(calleeTok, $"'@{calleeTok.Text}' is a global variable, not a function");
        }
        else
        {
            callee = scope.GetValue(calleeTok, IrType.Ptr);
        }

        var call = new CallInst(fnType, callee, args)
        {
            TailKind = tail, FastMath = fmf, CallingConvention = cconv, ReturnAttributes = retAttrs,
        };
        for (int i = 0; i < argAttrs.Count; i++) call.ArgumentAttributes[i] = argAttrs[i];
        return call;
    }
}
