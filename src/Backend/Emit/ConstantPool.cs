// Read-only data the generated code refers to RIP-relatively: floating-point constants, masks,
// shuffle tables, addresses of routines outside the module. Identical entries are shared.
namespace PyIR.Backend.Emit;

public sealed class ConstantPool
{
    private readonly List<(byte[] Data, int Alignment)> _entries = [];
    private readonly Dictionary<string, int> _index = [];

    public IReadOnlyList<(byte[] Data, int Alignment)> Entries => _entries;

    /// <summary>Adds (or finds) an entry and returns its number.</summary>
    public int Add(ReadOnlySpan<byte> data, int alignment)
    {
        string key = alignment + ":" + Convert.ToHexString(data);
        if (_index.TryGetValue(key, out int existing)) return existing;
        _entries.Add((data.ToArray(), alignment));
        _index[key] = _entries.Count - 1;
        return _entries.Count - 1;
    }

    /// <summary>A zero-filled entry of its own (never shared), filled in after encoding (jump tables).</summary>
    public int AddUnique(int size, int alignment)
    {
        _entries.Add((new byte[size], alignment));
        return _entries.Count - 1;
    }

    public int AddUInt64(ulong value) => Add(BitConverter.GetBytes(value), 8);
    public int AddUInt32(uint value) => Add(BitConverter.GetBytes(value), 4);

    /// <summary>A value repeated to fill 16 or 32 bytes (for packed operations and masks).</summary>
    public int AddSplat(ulong value, int elementBytes, int totalBytes)
    {
        var data = new byte[totalBytes];
        for (int i = 0; i < totalBytes; i += elementBytes)
            BitConverter.GetBytes(value).AsSpan(0, elementBytes).CopyTo(data.AsSpan(i));
        return Add(data, Math.Min(totalBytes, 32));
    }
}
