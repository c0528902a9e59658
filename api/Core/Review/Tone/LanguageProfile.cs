using System.Collections;
using System.Globalization;
using System.Resources;

namespace OutlookExit.Core.Review.Tone;

/// <summary>Everything the checker knows about one language, read once from <c>Resources/Tone*.resx</c>:
/// <list type="bullet">
/// <item><c>Words.Name</c>: word lists the clause analysis uses (subjects, auxiliaries, verb lexicons…);</item>
/// <item><c>Absolute.ruleId</c>: words that make a statement absolute;</item>
/// <item><c>Phrases.ruleId</c>: phrases matched anywhere, one pattern per line;</item>
/// <item><c>ruleId.Message</c> / <c>ruleId.Suggestion</c>: the localised wording of a finding.</item>
/// </list>
/// Word lists and phrases are read without falling back to another language, so a language only gets the
/// rules written for it; messages fall back to English.</summary>
internal sealed class LanguageProfile
{
    private const string BaseName = "OutlookExit.Resources.Tone";
    private static readonly ResourceManager Resources = new(BaseName, typeof(LanguageProfile).Assembly);
    private static readonly Lazy<LanguageProfile> English = new(() => new LanguageProfile("en", CultureInfo.InvariantCulture));
    private static readonly Lazy<LanguageProfile> Czech = new(() => new LanguageProfile("cs", CultureInfo.GetCultureInfo("cs")));

    public static LanguageProfile For(string? language) =>
        string.Equals(language, "cs", StringComparison.OrdinalIgnoreCase) ? Czech.Value : English.Value;

    /// <summary>Rules the clause analysis and the secret detector raise (phrase rules come from the resources).</summary>
    public static readonly string[] CodeRules =
    [
        "blame.youFailed", "blame.youDidNot", "blame.youAre", "blame.shouldHave",
        "absolute.always", "absolute.never", "absolute.constantly", "absolute.keep", "absolute.everyTime",
        "secret.password", "secret.token", "secret.privateKey",
    ];

    private readonly Dictionary<string, WordSet> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ToneRule> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Message, string Suggestion)> _wording = new(StringComparer.Ordinal);
    private readonly CultureInfo _culture;

    public string Code { get; }
    public PhraseTrie Phrases { get; } = new();
    public WordIndex Index { get; }
    public (ToneRule Rule, WordSet Words)[] Absolutes { get; }

    /// <summary>The bits (<see cref="WordSet.Id"/>) of the <see cref="Absolutes"/> word sets.</summary>
    public ulong AbsoluteSets { get; }

    /// <summary>Word sets the language's clause analysis resolved once (see <see cref="EnglishClauses"/>).</summary>
    internal object? AnalyzerState { get; set; }

    private LanguageProfile(string code, CultureInfo culture)
    {
        Code = code;
        _culture = culture;
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No tone resources for '{code}'.");
        var absolutes = new List<(ToneRule, WordSet)>();
        foreach (DictionaryEntry entry in set)
        {
            if (entry.Key is not string key || entry.Value is not string value) continue;
            if (key.StartsWith("Words.", StringComparison.Ordinal))
                _words[key["Words.".Length..]] = WordSet.Parse(value);
            else if (key.StartsWith("Absolute.", StringComparison.Ordinal))
                absolutes.Add((Define(key["Absolute.".Length..]), WordSet.Parse(value)));
            else if (key.StartsWith("Phrases.", StringComparison.Ordinal))
            {
                var id = key["Phrases.".Length..];
                var rule = id == ToneRule.Ignore.Id ? ToneRule.Ignore : Define(id);
                foreach (var line in value.Split('\n'))
                {
                    var pattern = line.Trim();
                    if (pattern.Length > 0 && !pattern.StartsWith('#')) Phrases.Add(pattern, rule);
                }
            }
        }
        // Resource sets enumerate in no particular order; keep absolute rules in a stable one.
        absolutes.Sort(static (a, b) => string.CompareOrdinal(a.Item1.Id, b.Item1.Id));
        Absolutes = [.. absolutes];
        var setId = 0;
        foreach (var words in _words.Values.Concat(absolutes.Select(a => a.Item2)))
        {
            if (words == WordSet.Empty) continue;
            if (setId == WordSet.MaxSetsPerLanguage) throw new InvalidOperationException($"Too many tone word lists for '{code}'.");
            words.Id = setId++;
        }
        foreach (var (_, words) in Absolutes)
            if (words.Id >= 0) AbsoluteSets |= 1UL << words.Id;
        Index = new WordIndex(_words.Values.Concat(absolutes.Select(a => a.Item2)).Where(w => w.Id >= 0).Distinct());
        foreach (var id in CodeRules) Define(id);
        LoadWording();
    }

    /// <summary>A named word list; empty when the language does not define it.</summary>
    public WordSet Words(string name) => _words.TryGetValue(name, out var w) ? w : WordSet.Empty;

    /// <summary>A rule by id. Everything is created in the constructor, so lookups need no locking.</summary>
    public ToneRule Rule(string id) => _rules[id];

    /// <summary>Every rule this language can raise.</summary>
    public IEnumerable<ToneRule> Rules => _rules.Values;

    private ToneRule Define(string id)
    {
        if (!_rules.TryGetValue(id, out var rule))
            _rules[id] = rule = ToneRule.FromId(id);
        return rule;
    }

    public (string Message, string Suggestion) Wording(ToneRule rule) =>
        _wording.TryGetValue(rule.Id, out var w) ? w : (rule.Id, "");

    private void LoadWording()
    {
        foreach (var rule in _rules.Values)
            _wording[rule.Id] = (Text(rule.Id + ".Message") ?? Text(rule.Category + ".Message") ?? rule.Id,
                                 Text(rule.Id + ".Suggestion") ?? Text(rule.Category + ".Suggestion") ?? "");
    }

    private string? Text(string key) => Resources.GetString(key, _culture);
}
