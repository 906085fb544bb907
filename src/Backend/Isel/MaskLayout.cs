// Masks <N x i1> live in registers as one 0/1 byte per lane, but LLVM lays them out in memory one
// bit per lane (lane i in bit i % 8 of byte i / 8). These two conversions are used wherever a mask
// crosses between the two: constants the JIT materializes, and arguments and results the host
// passes through an entry thunk.
namespace PyIR.Backend.Isel;

public static class MaskLayout
{
    /// <summary>Writes the byte-per-lane register image of a bit-packed mask into <paramref name="bytes"/> (lanes beyond the mask zero).</summary>
    public static void Unpack(ReadOnlySpan<byte> packed, int lanes, Span<byte> bytes)
    {
        bytes.Clear();
        for (int i = 0; i < lanes && i / 8 < packed.Length; i++) bytes[i] = (byte)(packed[i / 8] >> (i % 8) & 1);
    }

    /// <summary>Packs a byte-per-lane register image into <paramref name="packed"/> (ceil(lanes / 8) bytes).</summary>
    public static void Pack(ReadOnlySpan<byte> bytes, int lanes, Span<byte> packed)
    {
        packed[..((lanes + 7) / 8)].Clear();
        for (int i = 0; i < lanes; i++)
            if ((bytes[i] & 1) != 0) packed[i / 8] |= (byte)(1 << (i % 8));
    }
}
