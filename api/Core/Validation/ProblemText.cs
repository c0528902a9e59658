using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text;
using OutlookExit.Core.Composition;

namespace OutlookExit.Core.Validation;

/// <summary>The words of problems and plan findings in one language, read once from <c>Resources/Problems.*.resx</c>:
/// a message for every <see cref="ProblemCode"/> (under the code's name), the titles and details of the problems
/// the API writes itself (<c>Problem.*</c>), and the plan findings (<c>Finding.*</c>). Placeholders are
/// <c>{name}</c>; numbers, lists and dates are formatted the way the language writes them.</summary>
public sealed class ProblemText
{
    private static readonly ResourceManager Resources = new("OutlookExit.Resources.Problems", typeof(ProblemText).Assembly);
    private static readonly FrozenDictionary<string, ProblemText> All =
        Languages.Supported.ToFrozenDictionary(l => l, l => new ProblemText(l), StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _texts;
    private readonly string _dateFormat;

    /// <summary>The two-letter language code.</summary>
    public string Language { get; }

    /// <summary>Culture for numbers and dates.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The texts of <paramref name="language"/> (a supported, normalised code); English for anything else.</summary>
    public static ProblemText For(string language) =>
        All.TryGetValue(language, out var t) ? t : All[Languages.Default];

    private ProblemText(string language)
    {
        Language = language;
        // Only this language's own resource: a missing Czech text must show up in the table test, not fall back.
        var culture = language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set)
            foreach (DictionaryEntry entry in set)
                if (entry.Key is string key && entry.Value is string text) map[key] = text;
        _texts = map.ToFrozenDictionary(StringComparer.Ordinal);
        Culture = CultureInfo.GetCultureInfo(_texts.GetValueOrDefault("Culture") ?? "en-GB");
        _dateFormat = _texts.GetValueOrDefault("Format.Date") ?? "d MMMM yyyy";
    }

    /// <summary>Every key this language has.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>The raw text of <paramref name="key"/> (with its placeholders), or null.</summary>
    public string? Raw(string key) => _texts.GetValueOrDefault(key);

    /// <summary>The message of <paramref name="error"/>.</summary>
    public string Message(FieldError error) => Fill(error.Code.Name, error.Args);

    /// <summary>The message of <paramref name="code"/> with no values.</summary>
    public string Message(ProblemCode code) => Fill(code.Name, null);

    /// <summary>The text of <paramref name="key"/> with <paramref name="args"/> filled in.</summary>
    public string Text(string key, params (string Name, object Value)[] args) =>
        Fill(key, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    /// <summary>A date the way this language writes it in a letter ("11 December 2026", "11. prosince 2026").</summary>
    public string Date(DateOnly date) => date.ToString(_dateFormat, Culture);

    /// <summary>The text of <paramref name="key"/> with <paramref name="args"/> filled in; an unknown key or
    /// placeholder throws (the table test makes sure neither happens).</summary>
    public string Fill(string key, IReadOnlyDictionary<string, object>? args)
    {
        var text = _texts.TryGetValue(key, out var t) ? t
            : All[Languages.Default]._texts.TryGetValue(key, out var en) ? en
            : throw new KeyNotFoundException($"No problem text '{key}' for '{Language}'.");
        if (text.IndexOf('{') < 0) return text;
        var sb = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0) { sb.Append(text, i, text.Length - i); break; }
            var close = text.IndexOf('}', open);
            if (close < 0) throw new FormatException($"Unclosed placeholder in '{key}'.");
            sb.Append(text, i, open - i);
            var name = text[(open + 1)..close];
            if (args is null || !args.TryGetValue(name, out var value))
                throw new KeyNotFoundException($"'{key}' needs a value for {{{name}}}.");
            sb.Append(Format(value));
            i = close + 1;
        }
        return sb.ToString();
    }

    /// <summary>The placeholders of a text, in order.</summary>
    public static IReadOnlyList<string> Placeholders(string text)
    {
        var names = new List<string>();
        for (var open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            var close = text.IndexOf('}', open);
            if (close < 0) break;
            names.Add(text[(open + 1)..close]);
        }
        return names;
    }

    private string Format(object value) => value switch
    {
        string s => s,
        int n => n.ToString("#,0", Culture),
        long n => n.ToString("#,0", Culture),
        decimal d => d.ToString("#,0.##", Culture),
        DateOnly date => Date(date),
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable f => f.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };
}
