namespace OutlookExit.Drafting.Czech;

/// <summary>Grammatical gender of a Czech name.</summary>
public enum NameGender { Female, Male }

/// <summary>Placeholder; replaced by the rule tables.</summary>
public static class CzechNames
{
    /// <summary>Vocative of one word.</summary>
    public static string Vocative(string word, NameGender gender) =>
        gender == NameGender.Male && word.EndsWith('k') ? word + "u" : word;

    /// <summary>Gender where the surname makes it certain.</summary>
    public static NameGender? InferGenderFromSurname(string surname) =>
        surname.EndsWith("ová", StringComparison.OrdinalIgnoreCase) || surname.EndsWith('á') ? NameGender.Female : null;

    /// <summary>The surname of a full name.</summary>
    public static string? Surname(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[^1];
    }
}
