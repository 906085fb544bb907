// Spelling of identifiers: LLVM allows bare names made of [-a-zA-Z$._0-9] (not starting with a
// digit unless all digits) and quotes anything else.
using System.Text;

namespace PyIR.Frontend.Ir;

public static class Names
{
    public static bool IsBare(string name)
    {
        if (name.Length == 0) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '$' or '.' or '_')) return false;
        // A leading digit would read as a numbered value (%5) or not lex at all, so such names are quoted.
        return !char.IsAsciiDigit(name[0]);
    }

    /// <summary>The name as it follows a sigil: bare if possible, else quoted with \XX escapes.</summary>
    public static string Quote(string name)
    {
        if (IsBare(name)) return name;
        var sb = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            if (b is (byte)'"' or (byte)'\\' || b < 0x20 || b >= 0x7F) sb.Append('\\').Append(b.ToString("X2"));
            else sb.Append((char)b);
        }
        return sb.Append('"').ToString();
    }
}
