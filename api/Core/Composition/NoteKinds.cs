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

    /// <summary>True when <paramref name="note"/> thanks or recalls a good result, and holds no wish, question or hedge.</summary>
    public static bool IsThanks(string note, string language)
    {
        if (note.Contains('?')) return false;
        var (thanks, other) = language == "cs" ? (CzechThanks, CzechOther) : (EnglishThanks, EnglishOther);
        return AnyWordStart(note, thanks) && !AnyWordStart(note, other);
    }

    private static bool AnyWordStart(string text, string[] stems)
    {
        // Ordinal, case-insensitive: simple case mapping is enough for these stems, and it costs nanoseconds where a
        // culture-aware search costs microseconds.
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
