using System.Buffers;
using System.Collections.Frozen;

using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>One vendor token shape from <c>Data/token-rules.tsv</c>.</summary>
internal sealed record TokenRule(
    string Id, string Family, string[] Cues, CharClass? Before, int BeforeMin, int BeforeMax,
    CharClass Body, int Min, int Max, bool Mixed, bool Anywhere, string? MustContain);

/// <summary>Finds vendor tokens by their literal cue: one multi-string search over all cues, then a bounded
/// read of the characters before and after each hit. Linear in the text: each hit reads at most a rule's
/// maximum length, and the search goes on after the hit.</summary>
internal static class TokenRules
{
    public static readonly IReadOnlyList<TokenRule> All = Load();

    private static readonly FrozenDictionary<char, (string Cue, TokenRule Rule)[]> ByFirstChar =
        All.SelectMany(r => r.Cues.Select(c => (Cue: c, Rule: r)))
            .GroupBy(x => x.Cue[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Cue.Length).ToArray());

    /// <summary>The cues' first three characters (the whole cue when shorter).</summary>
    private static readonly string[] CuePrefixes =
        [.. All.SelectMany(r => r.Cues).Select(c => c.Length > 3 ? c[..3] : c).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The prefixes in groups of 16: a multi-string search over a few needles is vectorised on a long text,
    /// over a hundred it is not, so a few fast passes beat one slow one.</summary>
    private static readonly SearchValues<string>[] CueGroups =
        [.. CuePrefixes.Chunk(16).Select(g => SearchValues.Create(g, StringComparison.Ordinal))];

    /// <summary>The shortest text a token can be found in: what a rule needs before its cue, its shortest cue and its
    /// shortest body (from the data: an AWS key id, 4 + 16 characters). A draft's names, companies, titles and
    /// numbers are shorter, and skipping them saves a draft a dozen multi-string searches.</summary>
    internal static readonly int MinTokenLength = All.Min(r => r.BeforeMin + r.Cues.Min(c => c.Length) + r.Min);

    public static void Scan(string text, List<SecretMatch> found)
    {
        // A match spans what stands before the cue, the cue and the body, so a shorter text holds none.
        if (text.Length < MinTokenLength) return;
        ScanGroups(text, found);
    }

    /// <summary>The scan without the length check (the reference the check is tested against).</summary>
    internal static void ScanGroups(string text, List<SecretMatch> found)
    {
        foreach (var group in CueGroups) Scan(text, group, found);
    }

    private static void Scan(string text, SearchValues<string> cues, List<SecretMatch> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAny(cues);
            if (hit < 0) return;
            var p = i + hit;
            var next = p + 1;
            foreach (var (cue, rule) in ByFirstChar[text[p]])
            {
                if (!text.AsSpan(p).StartsWith(cue, StringComparison.Ordinal)) continue;
                if (TryMatch(text, p, cue, rule, out var start, out var end))
                {
                    found.Add(new SecretMatch(start, end - start, SecretKind.Token, rule.Id));
                    next = Math.Max(next, end);
                    break;
                }
            }
            i = next;
        }
    }

    private static bool TryMatch(string text, int p, string cue, TokenRule rule, out int start, out int end)
    {
        start = p;
        end = 0;
        if (rule.Before is { } before)
        {
            var k = p;
            while (k > 0 && p - k <= rule.BeforeMax && before.Contains(text[k - 1])) k--;
            var n = p - k;
            if (n < rule.BeforeMin || n > rule.BeforeMax) return false;
            start = k;
        }
        if (!rule.Anywhere && start > 0 && GluedBefore(text[start - 1])) return false;
        var bodyStart = p + cue.Length;
        var e = bodyStart;
        var limit = Math.Min(text.Length, bodyStart + rule.Max + 1);
        while (e < limit && rule.Body.Contains(text[e])) e++;
        if (e < text.Length && rule.Body.Contains(text[e])) return false;      // longer than the rule allows
        // A sentence may end right after the token.
        while (e > bodyStart && text[e - 1] == '.' && rule.Body.Contains('.')) e--;
        var length = e - bodyStart;
        if (length < rule.Min || length > rule.Max) return false;
        if (e < text.Length && text[e] != '.' && char.IsLetterOrDigit(text[e])) return false;
        var body = text.AsSpan(bodyStart, length);
        if (rule.Mixed && !Values.Mixes(body)) return false;
        if (rule.MustContain is { } must && !body.Contains(must, StringComparison.Ordinal)) return false;
        if (Values.IsDocumentationExample(text.AsSpan(start, e - start))) return false;
        end = e;
        return true;
    }

    /// <summary>A token does not start inside a word: "task-…" is no "sk-…".</summary>
    private static bool GluedBefore(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static TokenRule[] Load()
    {
        var rules = new List<TokenRule>();
        var lineNumber = 0;
        foreach (var line in SecretData.Lines("token-rules.tsv"))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 7) throw new FormatException($"token-rules.tsv:{lineNumber}: expected 7 columns, found {f.Length}.");
            try
            {
                var cues = f[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
                if (cues.Length == 0) throw new FormatException("no cue");
                CharClass? before = null;
                int beforeMin = 0, beforeMax = 0;
                if (f[3] != "-")
                {
                    var brace = f[3].LastIndexOf('{');
                    before = new CharClass(f[3][..brace]);
                    (beforeMin, beforeMax) = Range(f[3][(brace + 1)..^1], ',');
                }
                var (min, max) = Range(f[5], '-');
                var checks = f[6] == "-" ? [] : f[6].Split(',');
                string? contains = null;
                foreach (var c in checks)
                {
                    if (c.StartsWith("contains=", StringComparison.Ordinal)) contains = c["contains=".Length..];
                    else if (c is not ("mixed" or "anywhere")) throw new FormatException($"unknown check '{c}'");
                }
                rules.Add(new TokenRule(f[0], f[1], cues, before, beforeMin, beforeMax, new CharClass(f[4]), min, max,
                    checks.Contains("mixed"), checks.Contains("anywhere"), contains));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new FormatException($"token-rules.tsv:{lineNumber}: {e.Message}", e);
            }
        }
        return [.. rules];
    }

    private static (int Min, int Max) Range(string s, char separator)
    {
        var dash = s.IndexOf(separator);
        var min = int.Parse(dash < 0 ? s : s[..dash], System.Globalization.CultureInfo.InvariantCulture);
        var max = dash < 0 ? min : int.Parse(s[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        if (min < 0 || max < min) throw new FormatException($"bad range '{s}'");
        return (min, max);
    }
}
