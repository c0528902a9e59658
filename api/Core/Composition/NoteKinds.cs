using System.Buffers;

namespace OutlookExit.Core.Composition;

/// <summary>What a personal note is about, for <c>personalNotePlacement: auto</c>: thanks and results worth recalling
/// join the appreciation; anything else (wishes for the holidays, news, a hedge) goes just before the closing, so it
/// never comes before the decision.</summary>
public static class NoteKinds
{
    // Word stems, matched at the start of a word, case-insensitively. Kept short and reviewed like wording.
    private static readonly string[] EnglishThanks =
        ["thank", "grateful", "gratitude", "appreciat", "enjoy", "pleasure", "highlight", "proud", "privilege", "loved ", "paying off", "paid off"];
    private static readonly string[] EnglishOther =
        ["wish", "holiday", "christmas", "new year", "season", "maybe", "perhaps", "reconsider", "rethink", "stay on", "if you"];
    private static readonly string[] CzechThanks =
        ["děkuj", "díky", "poděkov", "vážím si", "radost", "potěšen", "potěšil", "hrd", "užil", "užila", "vyplácí", "vyplatil", "vrchol"];
    private static readonly string[] CzechOther =
        ["přej", "svát", "vánoc", "nový rok", "novém roce", "možná", "rozmysl", "zůstat", "zůstanu", "kdybyste", "pokud byste"];

    // The same stems as one multi-string search each: one pass over the note instead of one per stem.
    private static readonly SearchValues<string> EnglishThanksSearch = SearchValues.Create(EnglishThanks, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> EnglishOtherSearch = SearchValues.Create(EnglishOther, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> CzechThanksSearch = SearchValues.Create(CzechThanks, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> CzechOtherSearch = SearchValues.Create(CzechOther, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="note"/> thanks or recalls a good result, and holds no wish, question or hedge.</summary>
    public static bool IsThanks(string note, string language)
    {
        if (note.Contains('?')) return false;
        var (thanks, other) = language == "cs" ? (CzechThanksSearch, CzechOtherSearch) : (EnglishThanksSearch, EnglishOtherSearch);
        return AnyWordStart(note, thanks) && !AnyWordStart(note, other);
    }

    /// <summary>Whether one of <paramref name="stems"/> starts a word of <paramref name="text"/>: the search stops at
    /// every place where a stem starts, leftmost first, until one is at the start of a word.</summary>
    private static bool AnyWordStart(string text, SearchValues<string> stems)
    {
        // Ordinal, case-insensitive: simple case mapping is enough for these stems, and it costs nanoseconds where a
        // culture-aware search costs microseconds.
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(stems);
            if (at < 0) return false;
            at += from;
            if (at == 0 || !char.IsLetter(text[at - 1])) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary><see cref="IsThanks"/> with one search per stem (the reference the multi-string search is tested against).</summary>
    internal static bool IsThanksByStem(string note, string language)
    {
        if (note.Contains('?')) return false;
        var (thanks, other) = language == "cs" ? (CzechThanks, CzechOther) : (EnglishThanks, EnglishOther);
        return AnyWordStartByStem(note, thanks) && !AnyWordStartByStem(note, other);
    }

    /// <summary>The stems this language's notes are read for: thanks first, then wishes, questions and hedges.</summary>
    internal static IReadOnlyList<string> Stems(string language) =>
        language == "cs" ? [.. CzechThanks, .. CzechOther] : [.. EnglishThanks, .. EnglishOther];

    private static bool AnyWordStartByStem(string text, string[] stems)
    {
        foreach (var stem in stems)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.AsSpan(from).IndexOf(stem, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                at += from;
                if (at == 0 || !char.IsLetter(text[at - 1])) return true;
                from = at + 1;
            }
        }
        return false;
    }
}
