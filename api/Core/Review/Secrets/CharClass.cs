namespace OutlookExit.Core.Review.Secrets;

/// <summary>A set of ASCII characters written like a character class without brackets: <c>A-Za-z0-9_-</c>
/// (a range is <c>x-y</c>; a '-' at the start or the end is literal).</summary>
internal sealed class CharClass
{
    private readonly bool[] _table = new bool[128];

    public string Spec { get; }

    /// <summary>Which of lower case, upper case and digits the class contains (bits 1, 2, 4).</summary>
    public int Kinds { get; }

    public CharClass(string spec)
    {
        if (string.IsNullOrEmpty(spec)) throw new FormatException("An empty character class.");
        Spec = spec;
        for (var i = 0; i < spec.Length; i++)
        {
            var c = spec[i];
            if (c >= 128) throw new FormatException($"'{spec}': only ASCII characters.");
            if (i + 2 < spec.Length && spec[i + 1] == '-')
            {
                var to = spec[i + 2];
                if (to < c || to >= 128) throw new FormatException($"'{spec}': bad range {c}-{to}.");
                for (var k = c; k <= to; k++) _table[k] = true;
                i += 2;
            }
            else _table[c] = true;
        }
        for (var c = 0; c < 128; c++)
        {
            if (!_table[c]) continue;
            Kinds |= c is >= 'a' and <= 'z' ? 1 : c is >= 'A' and <= 'Z' ? 2 : c is >= '0' and <= '9' ? 4 : 0;
        }
    }

    public bool Contains(char c) => c < 128 && _table[c];
}
