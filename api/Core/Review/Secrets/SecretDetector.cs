namespace OutlookExit.Core.Review.Secrets;

/// <summary>Recognises text that looks like a password, API key, token, private key, card number or a link with
/// credentials in it.</summary>
/// <remarks>Every scan is a single pass over the text driven by literal cues (vendor prefixes from
/// <c>Data/token-rules.tsv</c>, label words, "://", "-----BEGIN", digits), with bounded look-around at each cue and
/// no regular expressions, so the cost stays linear on any input. Unicode spaces and the full-width colon are
/// normalised first (offsets do not change). It errs on the side of precision: ordinary business text (IBANs,
/// invoice and order numbers, UUIDs, shared-document and meeting links, a mention of "the password" without a
/// value, placeholders such as <c>${DB_PASSWORD}</c>) is not flagged. See README.md next to this file.</remarks>
public static class SecretDetector
{
    /// <summary>The first secret-looking span in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var all = FindAll(text);
        return all.Count == 0 ? null : (all[0].Start, all[0].Length);
    }

    /// <summary>What kind of secret a match is (the tone checker words its finding by it).</summary>
    internal enum SecretKind { Password, Token, PrivateKey }

    /// <summary>One secret-looking span; <paramref name="Rule"/> names the rule that found it (never the value).</summary>
    internal readonly record struct SecretMatch(int Start, int Length, SecretKind Kind, string Rule = "")
    {
        public int End => Start + Length;
    }

    /// <summary>Every secret-looking span, sorted by start, without overlaps (the longer of two overlapping wins).</summary>
    internal static IReadOnlyList<SecretMatch> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var scanned = SecretText.Normalise(text);
        // The scratch lists are the thread's own and never leave this method (the result is a new list), so a
        // draft's dozen short fields do not allocate three lists each.
        var scratch = Scratch ??= new();
        var (found, skip, links) = (scratch.Found, scratch.Skip, scratch.Links);
        found.Clear();
        skip.Clear();
        links.Clear();
        PrivateKeys.Scan(scanned, found, skip);
        foreach (var m in found) skip.Add((m.Start, m.End));
        Urls.Scan(scanned, found, links);
        TokenRules.Scan(scanned, found);
        CardNumbers.Scan(scanned, found);
        LabelledValues.Scan(scanned, found, links);
        skip.AddRange(links);
        LooseTokens.Scan(scanned, found, skip);
        if (found.Count == 0) return [];
        // A match by shape alone (a random-looking run) gives way to an overlapping match by a rule: the rule's
        // span is the value, the run may include its label ("JWT_SECRET=…").
        found.Sort(static (a, b) =>
        {
            var c = IsShapeOnly(a).CompareTo(IsShapeOnly(b));
            if (c != 0) return c;
            return a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);
        });
        var result = new List<SecretMatch>(found.Count);
        var byRule = 0;
        foreach (var m in found)
        {
            if (m.Length <= 0) continue;
            if (!IsShapeOnly(m))
            {
                if (result.Count > 0 && m.Start < result[^1].End) continue;
                result.Add(m);
                byRule = result.Count;
            }
            else if (!Overlaps(result, byRule, m)) result.Add(m);
        }
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    [ThreadStatic] private static ScratchLists? Scratch;

    private sealed class ScratchLists
    {
        public readonly List<SecretMatch> Found = [];
        public readonly List<(int Start, int End)> Skip = [];
        public readonly List<(int Start, int End)> Links = [];
    }

    /// <summary>Whether <paramref name="m"/> overlaps one of the first <paramref name="count"/> matches, which are
    /// sorted by start and do not overlap each other (binary search).</summary>
    private static bool Overlaps(List<SecretMatch> matches, int count, SecretMatch m)
    {
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid].End <= m.Start) lo = mid + 1;
            else if (matches[mid].Start >= m.End) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private static bool IsShapeOnly(SecretMatch m) => m.Rule == "token-shape";
}
