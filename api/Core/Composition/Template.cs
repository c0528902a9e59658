using OutlookExit.Core.Letters;

namespace OutlookExit.Core.Composition;

/// <summary>A wording template parsed once: literal text and `{name}` placeholders; `{*name}` marks the value as strong.
/// `{{` and `}}` stand for literal braces.</summary>
public sealed class Template
{
    private readonly Part[] _parts;

    private readonly record struct Part(string Text, bool IsSlot, bool Strong);

    /// <summary>The resource key the template came from (for error messages and tests).</summary>
    public string Key { get; }

    /// <summary>The template text as written in the resource.</summary>
    public string Source { get; }

    /// <summary>How many sentences the template says (at least one): ends of sentence in its literal text.</summary>
    public int Sentences { get; }

    private Template(string key, string source, Part[] parts)
    {
        (Key, Source, _parts) = (key, source, parts);
        var count = 0;
        foreach (var p in parts)
        {
            if (p.IsSlot) continue;
            for (var i = 0; i < p.Text.Length; i++)
                if (p.Text[i] is '.' or '?' or '!' && (i + 1 == p.Text.Length || p.Text[i + 1] == ' ')) count++;
        }
        Sentences = Math.Max(1, count);
    }

    /// <summary>Parses <paramref name="source"/>; throws <see cref="FormatException"/> for unbalanced braces.</summary>
    public static Template Parse(string key, string source)
    {
        var parts = new List<Part>();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '{' && i + 1 < source.Length && source[i + 1] == '{') { literal.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < source.Length && source[i + 1] == '}') { literal.Append('}'); i++; continue; }
            if (c == '}') throw new FormatException($"Wording '{key}' has an unmatched '}}'.");
            if (c != '{') { literal.Append(c); continue; }
            var end = source.IndexOf('}', i + 1);
            if (end < 0) throw new FormatException($"Wording '{key}' has an unclosed '{{'.");
            if (literal.Length > 0) { parts.Add(new(literal.ToString(), false, false)); literal.Clear(); }
            var name = source[(i + 1)..end];
            var strong = name.StartsWith('*');
            if (strong) name = name[1..];
            if (name.Length == 0) throw new FormatException($"Wording '{key}' has an empty placeholder.");
            parts.Add(new(name, true, strong));
            i = end;
        }
        if (literal.Length > 0) parts.Add(new(literal.ToString(), false, false));
        return new Template(key, source, [.. parts]);
    }

    /// <summary>Placeholder names, in order.</summary>
    public IEnumerable<string> Slots => _parts.Where(p => p.IsSlot).Select(p => p.Text);

    /// <summary>True when the template uses placeholder <paramref name="name"/>.</summary>
    public bool Uses(string name)
    {
        foreach (var p in _parts) if (p.IsSlot && p.Text == name) return true;
        return false;
    }

    /// <summary>Appends the filled template to <paramref name="runs"/>.</summary>
    public void AppendTo(List<Run> runs, Args args)
    {
        foreach (var p in _parts)
        {
            if (!p.IsSlot) { runs.Add(new Run(p.Text)); continue; }
            var value = args.Get(p.Text) ?? throw new InvalidOperationException($"Wording '{Key}' needs a value for '{p.Text}'.");
            runs.Add(new Run(value, p.Strong));
        }
    }

    /// <summary>The filled template as one string (no emphasis).</summary>
    public string Fill(Args args)
    {
        // Measure, then write once: the only allocation is the result.
        var length = 0;
        foreach (var p in _parts) length += Value(p, args).Length;
        return string.Create(length, (this, args), static (span, state) =>
        {
            foreach (var p in state.Item1._parts)
            {
                var value = state.Item1.Value(p, state.args);
                value.CopyTo(span);
                span = span[value.Length..];
            }
        });
    }

    private string Value(Part p, Args args) =>
        p.IsSlot ? args.Get(p.Text) ?? throw new InvalidOperationException($"Wording '{Key}' needs a value for '{p.Text}'.") : p.Text;

    /// <summary>The filled template as a list of runs.</summary>
    public List<Run> Runs(Args args)
    {
        var runs = new List<Run>(_parts.Length);
        AppendTo(runs, args);
        return runs;
    }
}

/// <summary>Placeholder values: a small array of name/value pairs (no dictionary on the hot path).</summary>
public readonly struct Args
{
    private readonly (string Name, string Value)[]? _pairs;

    /// <summary>Creates the values.</summary>
    public Args(params (string Name, string Value)[] pairs) => _pairs = pairs;

    /// <summary>No values.</summary>
    public static Args None => default;

    /// <summary>The value for <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        if (_pairs is null) return null;
        foreach (var (n, v) in _pairs) if (n == name) return v;
        return null;
    }
}
