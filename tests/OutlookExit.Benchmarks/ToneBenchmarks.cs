using System.Text;
using BenchmarkDotNet.Attributes;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Benchmarks;

/// <summary>The tone checker on 200, 1,000 and 10,000 characters (the API's limit) of ordinary and adversarial text.
/// Linear means: 10× the text costs at most 12× the time. (The check includes the secret detector.)</summary>
public class ToneBenchmarks
{
    private string _text = "";

    [Params(200, 1_000, 10_000)]
    public int Length { get; set; }

    [Params(TextKind.Ordinary, TextKind.OneLetter, TextKind.ManyYou, TextKind.NestedQuotes, TextKind.Czech)]
    public TextKind Kind { get; set; }

    [GlobalSetup]
    public void Build() => _text = ToneTexts.Make(Kind, Length);

    [Benchmark]
    public IReadOnlyList<Finding> Check() => ToneChecker.Check(_text, Kind == TextKind.Czech ? "cs" : "en", "personalNote");

}

/// <summary>Shapes of text for the tone benchmarks.</summary>
public enum TextKind
{
    /// <summary>A realistic personal note with a few findings, repeated.</summary>
    Ordinary,
    /// <summary>One letter repeated: worst case for backtracking word patterns.</summary>
    OneLetter,
    /// <summary>"you you you …": a finding candidate at every word.</summary>
    ManyYou,
    /// <summary>Quotes nested inside quotes, for quote-aware rules.</summary>
    NestedQuotes,
    /// <summary>A Czech note with diacritics.</summary>
    Czech,
}

/// <summary>Builds the texts, exactly <c>length</c> UTF-16 characters long.</summary>
public static class ToneTexts
{
    private const string OrdinaryNote =
        "Working on the spring campaign with your team was a highlight of my year. As per my last email, you always ask for "
        + "a discount, and honestly I feel the scope kept changing. Sorry, I'm so sorry for the delay. Maybe we could "
        + "perhaps continue if things improve. Thanks again for everything; I hope the launch goes well. ";

    private const string CzechNote =
        "Práce na jarní kampani s vaším týmem pro mě byla vrcholem roku. Jak jsem psal minule, vždycky chcete slevu a "
        + "upřímně mám pocit, že se rozsah pořád měnil. Omlouvám se, moc se omlouvám za zpoždění. Možná bychom mohli "
        + "pokračovat, až se věci zlepší. Ještě jednou díky za všechno. ";

    public static string Make(TextKind kind, int length)
    {
        var unit = kind switch
        {
            TextKind.Ordinary => OrdinaryNote,
            TextKind.Czech => CzechNote,
            TextKind.OneLetter => "a",
            TextKind.ManyYou => "you ",
            _ => "",
        };
        if (kind == TextKind.NestedQuotes) return Nested(length);
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        sb.Length = length;
        return sb.ToString();
    }

    private static string Nested(int length)
    {
        // "He said 'you said "you always 'never' …" …' …" — opening quotes first, then closing ones.
        var opens = new[] { "\"you said ", "'you always ", "„ty vždycky ", "«never " };
        var closes = new[] { "\" ", "' ", "“ ", "» " };
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; open.Length + close.Length < length; i++)
        {
            open.Append(opens[i % opens.Length]);
            close.Insert(0, closes[i % closes.Length]);
        }
        var text = open.Append(close).ToString();
        return text[..length];
    }
}
