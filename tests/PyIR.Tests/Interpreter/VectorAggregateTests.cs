// Aggregates in registers (insertvalue/extractvalue, struct results) and vectors: lane-wise
// arithmetic, extract/insert with out-of-range indices, shufflevector with undefined lanes, vector
// select, bitcasts and reductions.
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class VectorAggregateTests
{
    private static ConstantAggregate Vec(IrType element, params long[] lanes) =>
        new(VectorType.Get(element, lanes.Length), lanes.Select(v => (Constant)new ConstantInt((IntegerType)element, v)).ToArray());

    private static ConstantAggregate VecF(params float[] lanes) =>
        new(VectorType.Get(IrType.Float, lanes.Length), lanes.Select(v => (Constant)F32(v)).ToArray());

    [Fact]
    public void StructValuesInRegisters()
    {
        const string ir = """
            %pair = type { i8, double }
            define %pair @make(i8 %a, double %b) {
              %1 = insertvalue %pair undef, i8 %a, 0
              %2 = insertvalue %pair %1, double %b, 1
              ret %pair %2
            }
            define double @second([2 x { i32, double }] %arr) {
              %d = extractvalue [2 x { i32, double }] %arr, 1, 1
              ret double %d
            }
            """;
        var r = (ConstantAggregate)Run(ir, "make", Int(8, -3), F64(2.25))!;
        var fields = r.Elements.ToArray();
        Assert.Equal(-3, Signed(fields[0]));
        Assert.Equal(2.25, Double(fields[1]));
        var inner = StructType.GetLiteral([IrType.I32, IrType.Double]);
        var arr = new ConstantAggregate(ArrayType.Get(inner, 2),
        [
            new ConstantAggregate(inner, [I32(1), F64(1.5)]),
            new ConstantAggregate(inner, [I32(2), F64(-7.75)]),
        ]);
        Assert.Equal(-7.75, Double(Run(ir, "second", arr)));
    }

    [Fact]
    public void LaneWiseArithmeticWraps()
    {
        const string ir = """
            define <4 x i8> @add(<4 x i8> %a, <4 x i8> %b) {
              %r = add <4 x i8> %a, %b
              ret <4 x i8> %r
            }
            define <4 x float> @fmul(<4 x float> %a, <4 x float> %b) {
              %r = fmul <4 x float> %a, %b
              ret <4 x float> %r
            }
            define <4 x i32> @sel(<4 x i1> %c, <4 x i32> %a, <4 x i32> %b) {
              %r = select <4 x i1> %c, <4 x i32> %a, <4 x i32> %b
              ret <4 x i32> %r
            }
            define <2 x i64> @sext(<2 x i16> %a) {
              %r = sext <2 x i16> %a to <2 x i64>
              ret <2 x i64> %r
            }
            """;
        Assert.Equal([0UL, 2UL, 0x80UL, 0xFEUL], Lanes(Run(ir, "add", Vec(IrType.I8, 255, 1, 127, -1), Vec(IrType.I8, 1, 1, 1, -1))));
        var prod = Lanes(Run(ir, "fmul", VecF(1.5f, -2, 0, 3), VecF(2, 2, -1, float.PositiveInfinity)));
        Assert.Equal(new[] { 3f, -4f, -0f, float.PositiveInfinity }.Select(f => (ulong)BitConverter.SingleToUInt32Bits(f)), prod);
        Assert.Equal([10UL, 2UL, 30UL, 4UL],
            Lanes(Run(ir, "sel", Vec(IrType.I1, 1, 0, 1, 0), Vec(IrType.I32, 10, 20, 30, 40), Vec(IrType.I32, 1, 2, 3, 4))));
        Assert.Equal([unchecked((ulong)-2L), 5UL], Lanes(Run(ir, "sext", Vec(IrType.I16, -2, 5))));
    }

    [Fact]
    public void ElementsAndShuffles()
    {
        const string ir = """
            define i32 @get(<4 x i32> %v, i32 %i) {
              %r = extractelement <4 x i32> %v, i32 %i
              ret i32 %r
            }
            define <4 x i32> @put(<4 x i32> %v, i32 %i) {
              %r = insertelement <4 x i32> %v, i32 99, i32 %i
              ret <4 x i32> %r
            }
            define <5 x i32> @shuf(<4 x i32> %a, <4 x i32> %b) {
              %r = shufflevector <4 x i32> %a, <4 x i32> %b, <5 x i32> <i32 7, i32 0, i32 undef, i32 4, i32 2>
              ret <5 x i32> %r
            }
            define i64 @cast(<2 x i32> %v) {
              %r = bitcast <2 x i32> %v to i64
              ret i64 %r
            }
            """;
        var v = Vec(IrType.I32, 10, 11, 12, 13);
        Assert.Equal(12, Signed(Run(ir, "get", v, I32(2))));
        Assert.Equal(0, Signed(Run(ir, "get", v, I32(9))));        // out of range: poison, read as 0
        Assert.Equal([10UL, 99UL, 12UL, 13UL], Lanes(Run(ir, "put", v, I32(1))));
        Assert.Equal([10UL, 11UL, 12UL, 13UL], Lanes(Run(ir, "put", v, I32(4))));    // out of range: unchanged
        Assert.Equal([23UL, 10UL, 0UL, 20UL, 12UL], Lanes(Run(ir, "shuf", v, Vec(IrType.I32, 20, 21, 22, 23))));
        Assert.Equal(0x0000000200000001UL, Bits(Run(ir, "cast", Vec(IrType.I32, 1, 2))));
    }

    [Fact]
    public void Reductions()
    {
        const string ir = """
            declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
            declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
            declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
            declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
            declare float @llvm.vector.reduce.fmax.v4f32(<4 x float>)
            define i32 @add(<4 x i32> %v) {
              %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
              ret i32 %r
            }
            define i32 @smax(<4 x i32> %v) {
              %r = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %v)
              ret i32 %r
            }
            define i32 @umin(<4 x i32> %v) {
              %r = call i32 @llvm.vector.reduce.umin.v4i32(<4 x i32> %v)
              ret i32 %r
            }
            define float @fadd(float %s, <4 x float> %v) {
              %r = call float @llvm.vector.reduce.fadd.v4f32(float %s, <4 x float> %v)
              ret float %r
            }
            define float @fmax(<4 x float> %v) {
              %r = call float @llvm.vector.reduce.fmax.v4f32(<4 x float> %v)
              ret float %r
            }
            """;
        var v = Vec(IrType.I32, 5, -7, 3, int.MaxValue);
        Assert.Equal(unchecked(5 + -7 + 3 + int.MaxValue), Signed(Run(ir, "add", v)));
        Assert.Equal(int.MaxValue, Signed(Run(ir, "smax", v)));
        Assert.Equal(3, Signed(Run(ir, "umin", v)));
        // Sequential order matters: ((1e8 + 1) + 1) + ... differs from adding the small lanes first.
        float seq = 1e8f;
        foreach (var x in new[] { 1f, 1f, 1f, 1f }) seq += x;
        Assert.Equal(seq, Single(Run(ir, "fadd", F32(1e8f), VecF(1, 1, 1, 1))));
        Assert.Equal(4f, Single(Run(ir, "fmax", VecF(float.NaN, 4, -1, float.NaN))));
    }
}
