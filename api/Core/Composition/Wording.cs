using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using OutlookExit.Core.Contracts;

namespace OutlookExit.Core.Composition;

/// <summary>All wording of one language, read once from <c>Resources/Wording.*.resx</c> and parsed into templates.
/// Keys missing from a language fall back to the neutral (English) resource, so language-neutral patterns live once.</summary>
public sealed class Wording
{
    private static readonly ResourceManager Resources = new("OutlookExit.Resources.Wording", typeof(Wording).Assembly);
    private static readonly FrozenDictionary<string, Wording> All =
        Languages.Supported.ToFrozenDictionary(l => l, l => new Wording(l), StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Template> _templates;
    private readonly FrozenSet<string> _own;
    private readonly (int From, int To, string Category)[] _pluralRules;
    private readonly string _dateFormat;
    // Picks and plural forms are resolved once per key: resolving builds several candidate keys.
    private readonly ConcurrentDictionary<(string Key, LetterTone Tone, string? Variant), Template> _picked = new();
    private readonly ConcurrentDictionary<(string Key, string Category), Template> _counted = new();
    private readonly ConcurrentDictionary<(string Key, LetterTone Tone, string? Variant), Template[]> _choices = new();
    private readonly ConcurrentDictionary<(string Key, string Category), Template[]> _countedChoices = new();

    /// <summary>Separates a key from the number of one of its reviewed wordings: <c>Reason.General#2</c>.</summary>
    public const char VariantMark = '#';

    /// <summary>The two-letter language code.</summary>
    public string Language { get; }

    /// <summary>Culture for dates and numbers (resource key <c>Culture</c>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>One to nine in words (resource key <c>Number.Words</c>, this language's own), empty without it.</summary>
    private readonly string[] _numberWords;

    /// <summary><paramref name="n"/> as prose writes it: one to nine in words where the language lists them ("three",
    /// "tři"), else in figures.</summary>
    public string Number(int n) =>
        n >= 1 && n <= _numberWords.Length ? _numberWords[n - 1] : n.ToString("N0", Culture);

    /// <summary>The wording of <paramref name="language"/> (a supported, normalised code).</summary>
    public static Wording For(string language) =>
        All.TryGetValue(language, out var w) ? w : All[Languages.Default];

    private Wording(string language)
    {
        Language = language;
        var map = new Dictionary<string, Template>(StringComparer.Ordinal);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(language) })
        {
            var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            if (set is null) continue;
            var isOwn = language == Languages.Default || !culture.Equals(CultureInfo.InvariantCulture);
            foreach (DictionaryEntry entry in set)
                if (entry.Key is string key && entry.Value is string text)
                {
                    map[key] = Template.Parse(key, text);
                    if (isOwn) own.Add(key);
                }
        }
        _templates = map.ToFrozenDictionary(StringComparer.Ordinal);
        _own = own.ToFrozenSet(StringComparer.Ordinal);
        Culture = CultureInfo.GetCultureInfo(Text("Culture"));
        _numberWords = _own.Contains("Number.Words") ? _templates["Number.Words"].Source.Split(' ') : [];
        _dateFormat = Text("Format.Date");
        _pluralRules = ParsePluralRules(Text("Plural.Rules"));
    }

    /// <summary>Every key of this language (own and inherited).</summary>
    public IEnumerable<string> Keys => _templates.Keys;

    /// <summary>The template for <paramref name="key"/>; throws when no language has it.</summary>
    public Template this[string key] =>
        _templates.TryGetValue(key, out var t) ? t : throw new KeyNotFoundException($"No wording '{key}' for '{Language}'.");

    /// <summary>The template for <paramref name="key"/>, or null.</summary>
    public Template? Find(string key) => _templates.GetValueOrDefault(key);

    /// <summary>A template's raw text (for settings such as formats).</summary>
    public string Text(string key) => this[key].Source;

    /// <summary>The most specific variant: key.tone.variant → key.tone → key.variant → key, looking first at this
    /// language's own keys so that an English variant never wins over a Czech general form.</summary>
    public Template Pick(string key, LetterTone tone, string? variant = null) =>
        _picked.GetOrAdd((key, tone, variant), static (k, w) => w.Resolve(k.Key, k.Tone, k.Variant), this);

    private Template Resolve(string key, LetterTone tone, string? variant)
    {
        var toneName = EnumNames.Of(tone);
        var own = PickFrom(key, toneName, variant, ownOnly: true);
        return own ?? PickFrom(key, toneName, variant, ownOnly: false) ?? this[key];
    }

    private Template? PickFrom(string key, string toneName, string? variant, bool ownOnly)
    {
        Template? Get(string k) => ownOnly && !_own.Contains(k) ? null : Find(k);
        if (variant is not null && Get($"{key}.{toneName}.{variant}") is { } a) return a;
        if (Get($"{key}.{toneName}") is { } b) return b;
        if (variant is not null && Get($"{key}.{variant}") is { } c) return c;
        return Get(key);
    }

    /// <summary>Every reviewed wording of a sentence slot: the template <see cref="Pick"/> finds (say
    /// <c>Termination.Closing.warm</c>) followed by <c>…#2</c>, <c>…#3</c> and so on, all from the same language.
    /// The facts and their order are the same in each; only the words differ.</summary>
    public IReadOnlyList<Template> Choices(string key, LetterTone tone, string? variant = null) =>
        _choices.GetOrAdd((key, tone, variant), static (k, w) => w.WithNumbered(w.Resolve(k.Key, k.Tone, k.Variant)), this);

    /// <summary>Every reviewed wording of a counted slot (key.one / key.few / key.other, then their numbered wordings).</summary>
    public IReadOnlyList<Template> CountChoices(string key, int n) =>
        _countedChoices.GetOrAdd((key, PluralCategory(n)), static (k, w) =>
            w.WithNumbered(w.Find($"{k.Key}.{k.Category}") ?? w[$"{k.Key}.other"]), this);

    private Template[] WithNumbered(Template first)
    {
        var own = IsOwn(first.Key);
        var list = new List<Template>(5) { first };
        for (var i = 2; ; i++)
        {
            var key = first.Key + VariantMark + i.ToString(CultureInfo.InvariantCulture);
            // An own wording never continues with an inherited one: that would mix languages.
            if (own && !IsOwn(key) || Find(key) is not { } next) break;
            list.Add(next);
        }
        return [.. list];
    }

    private string PluralCategory(int n)
    {
        foreach (var (from, to, cat) in _pluralRules)
            if (n >= from && n <= to) return cat;
        return "other";
    }

    /// <summary>True when this language defines <paramref name="key"/> itself rather than inheriting it.</summary>
    public bool IsOwn(string key) => _own.Contains(key);

    /// <summary>Singular or plural form by count: key.one / key.few / key.other (CLDR categories from <c>Plural.Rules</c>).</summary>
    public Template Count(string key, int n)
    {
        var category = "other";
        foreach (var (from, to, cat) in _pluralRules)
            if (n >= from && n <= to) { category = cat; break; }
        return _counted.GetOrAdd((key, category), static (k, w) => w.Find($"{k.Key}.{k.Category}") ?? w[$"{k.Key}.other"], this);
    }

    /// <summary>A date in this language's long form ("11 December 2026", "11. prosince 2026").</summary>
    public string Date(DateOnly date) => date.ToString(_dateFormat, Culture);

    /// <summary>An amount with its ISO code in this language's order and separators ("EUR 1,200.00", "1 200,00 EUR").</summary>
    public string Amount(decimal amount, string currency)
    {
        var number = amount.ToString("N" + Currencies.DecimalPlaces(currency).ToString(CultureInfo.InvariantCulture), Culture);
        return this["Format.Amount"].Fill(new Args(("amount", number), ("currency", currency)));
    }

    /// <summary>"A", "A and B", "A, B and C" in this language.</summary>
    public string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => string.Concat(items[0], Text("List.LastSeparator"), items[1]),
        _ => JoinMany(items, Text("List.Separator"), Text("List.LastSeparator")),
    };

    private static string JoinMany(IReadOnlyList<string> items, string separator, string lastSeparator)
    {
        var length = separator.Length * (items.Count - 2) + lastSeparator.Length;
        for (var i = 0; i < items.Count; i++) length += items[i].Length;
        return string.Create(length, (items, separator, lastSeparator), static (span, state) =>
        {
            var (items, separator, lastSeparator) = state;
            for (var i = 0; i < items.Count; i++)
            {
                var glue = i == 0 ? "" : i == items.Count - 1 ? lastSeparator : separator;
                glue.CopyTo(span);
                items[i].CopyTo(span[glue.Length..]);
                span = span[(glue.Length + items[i].Length)..];
            }
        });
    }

    private static (int, int, string)[] ParsePluralRules(string rules)
    {
        // "one=1;few=2-4": categories other than "other", each with an inclusive range of whole numbers.
        var list = new List<(int, int, string)>();
        foreach (var rule in rules.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (category, range) = (rule[..rule.IndexOf('=')], rule[(rule.IndexOf('=') + 1)..]);
            var dash = range.IndexOf('-');
            var from = int.Parse(dash < 0 ? range : range[..dash], CultureInfo.InvariantCulture);
            var to = dash < 0 ? from : int.Parse(range[(dash + 1)..], CultureInfo.InvariantCulture);
            list.Add((from, to, category));
        }
        return [.. list];
    }
}
