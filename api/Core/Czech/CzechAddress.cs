namespace OutlookExit.Core.Czech;

/// <summary>The surname as a Czech greeting uses it: masculine surnames take the vocative where the rule is
/// certain, and stay as written where Czech leaves them undeclined or where the rule is not certain.</summary>
public static class CzechAddress
{
    /// <summary>Endings of French surnames whose final letters are silent (Dubois, Leroux, Rousseau, Renault):
    /// the vocative would decline a sound that is not there, so they stay.</summary>
    private static readonly string[] SilentEndings = ["ois", "ais", "oix", "oux", "eux", "aux", "eau", "eaux", "ault", "aud"];

    /// <summary>The surname for "pane …" / "paní …". Feminine: unchanged. Masculine: unchanged when written
    /// in Vietnamese order, when it has several words (a rule for each part is not certain), when it ends in a
    /// vowel other than -a (Rossi, Kennedy, Picasso, Goethe, Krejčí, Janů), or in a silent French ending;
    /// otherwise the vocative (Novák → Nováku, Kos → Kose, Pes → Pse, Novák-Svoboda → Nováku-Svobodo).</summary>
    public static string Surname(PersonName name, NameGender gender)
    {
        ArgumentNullException.ThrowIfNull(name);
        var surname = name.Surname;
        if (gender == NameGender.Female || name.UndeclinedSurname) return surname;
        if (surname.Contains(' ')) return surname;
        foreach (var part in surname.Split('-', StringSplitOptions.RemoveEmptyEntries))
            if (!Declinable(part)) return surname;
        return CzechNames.Vocative(surname, NameGender.Male);
    }

    private static bool Declinable(string part)
    {
        if (part.Length < 2) return false;
        var lower = part.ToLowerInvariant();
        var last = lower[^1];
        if (last is 'e' or 'é' or 'ě' or 'i' or 'í' or 'o' or 'ó' or 'u' or 'ú' or 'ů' or 'y' or 'ý' or 'ö' or 'ü' or 'ä') return false;
        if (!char.IsLetter(last)) return false;
        foreach (var ending in SilentEndings)
            if (lower.Length > ending.Length && lower.EndsWith(ending, StringComparison.Ordinal)) return false;
        return true;
    }
}
