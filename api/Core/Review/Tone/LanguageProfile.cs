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

    /// <summary>Cue word sets (<c>Cues.Name</c>, plus <c>Lexicon.Name</c> files, minus <c>Except.Name</c>).</summary>
    public CueLexicon Cues { get; }

    /// <summary>Rules over cue sets within a sentence (<c>Combo.ruleId</c>).</summary>
    public ComboRules Combos { get; }

    /// <summary>The name of the cue set of phrase first words (not a resource name: resources cannot define it).</summary>
    internal const string PhraseStartSet = " phrase-start";

    /// <summary>The bit of <see cref="PhraseStartSet"/>; empty when the filter is off.</summary>
    public CueMask PhraseStart { get; }
    public WordIndex Index { get; }
    public (ToneRule Rule, WordSet Words)[] Absolutes { get; }

    /// <summary>The <see cref="Absolutes"/> word sets as one group: "can an absolute start here?"</summary>
    public WordGroup AbsoluteWords { get; }

    /// <summary>Word sets the language's clause analysis resolved once (see <see cref="EnglishClauses"/>).</summary>
    internal object? AnalyzerState { get; set; }

    private LanguageProfile(string code, CultureInfo culture)
    {
        Code = code;
        _culture = culture;
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No tone resources for '{code}'.");
        var absolutes = new List<(ToneRule, WordSet)>();
        var cues = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal);
        var except = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var combos = new List<(ToneRule, string)>();
        foreach (DictionaryEntry entry in set)
        {
            if (entry.Key is not string key || entry.Value is not string value) continue;
            if (key.StartsWith("Cues.", StringComparison.Ordinal))
                cues[key["Cues.".Length..]] = cues.TryGetValue(key["Cues.".Length..], out var had) ? had.Concat(Split(value)) : Split(value);
            else if (key.StartsWith("Lexicon.", StringComparison.Ordinal))
                cues[key["Lexicon.".Length..]] = cues.TryGetValue(key["Lexicon.".Length..], out var had) ? had.Concat(LexiconFile(value.Trim())) : LexiconFile(value.Trim());
            else if (key.StartsWith("Except.", StringComparison.Ordinal))
                except[key["Except.".Length..]] = [.. Split(value).Select(ScannedText.Fold)];
            else if (key.StartsWith("Combo.", StringComparison.Ordinal))
            {
                var rule = Define(key["Combo.".Length..]);
                foreach (var line in value.Split('\n'))
                {
                    var pattern = line.Trim();
                    if (pattern.Length > 0 && !pattern.StartsWith('#')) combos.Add((rule, pattern));
                }
            }
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
        Index = new WordIndex(_words.Values.Concat(absolutes.Select(a => a.Item2)).Where(w => w.Id >= 0).Distinct());
        AbsoluteWords = new WordGroup([.. Absolutes.Select(a => a.Words)]);
        foreach (var (name, words) in except)
            if (cues.TryGetValue(name, out var listed)) cues[name] = listed.Where(w => !words.Contains(ScannedText.Fold(w))).ToArray();
        // The first words of the phrases as one more cue set: the phrase rules walk the trie only from words in it.
        // When a first word cannot be held by the cue trie, the filter is off and every word is walked.
        var firstWords = Phrases.FirstWords().ToArray();
        if (firstWords.All(CueLexicon.CanHold)) cues[PhraseStartSet] = firstWords;
        Cues = new CueLexicon(cues.ToDictionary(c => c.Key, c => (IEnumerable<string>)c.Value.ToArray(), StringComparer.Ordinal));
        PhraseStart = Cues.Bit(PhraseStartSet);
        Combos = new ComboRules(Cues, combos);
        foreach (var id in CodeRules) Define(id);
        LoadWording();
    }

    private static string[] Split(string value) => value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words of a lexicon file in <c>Core/Review/Tone/Data</c>: one entry a line, the word before the first
    /// tab; lines starting with '#' are comments.</summary>
    private static string[] LexiconFile(string name)
    {
        var assembly = typeof(LanguageProfile).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("Tone.Data." + name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Tone lexicon '{name}' is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            words.Add(tab < 0 ? line.Trim() : line[..tab].Trim());
        }
        return [.. words];
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

    /// <summary>The exact text that replaces a flagged excerpt, when the resources list one for its folded form
    /// (<c>Replace.ruleId</c>: lines <c>excerpt =&gt; replacement</c>; an empty replacement deletes the excerpt).</summary>
    public string? Replacement(ToneRule rule, string excerpt)
    {
        if (!_replacements.TryGetValue(rule.Id, out var map)) return null;
        if (!map.TryGetValue(ScannedText.Fold(excerpt), out var replacement)) return null;
        // Keep a capital at the start of the excerpt (it may start the sentence).
        if (replacement.Length > 0 && excerpt.Length > 0 && char.IsUpper(excerpt[0]))
            replacement = char.ToUpper(replacement[0], _culture) + replacement[1..];
        return replacement;
    }

    private readonly Dictionary<string, Dictionary<string, string>> _replacements = new(StringComparer.Ordinal);

    private void LoadWording()
    {
        foreach (var rule in _rules.Values)
        {
            if (Text("Replace." + rule.Id) is not { } lines) continue;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines.Split('\n'))
            {
                var arrow = line.IndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) continue;
                map[ScannedText.Fold(line[..arrow].Trim())] = line[(arrow + 2)..].Trim();
            }
            _replacements[rule.Id] = map;
        }
        foreach (var rule in _rules.Values)
            _wording[rule.Id] = (Text(rule.Id + ".Message") ?? Text(rule.Category + ".Message") ?? rule.Id,
                                 Text(rule.Id + ".Suggestion") ?? Text(rule.Category + ".Suggestion") ?? "");
    }

    private string? Text(string key) => Resources.GetString(key, _culture);
}
