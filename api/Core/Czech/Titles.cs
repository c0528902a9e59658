using System.Collections.Frozen;

namespace OutlookExit.Core.Czech;

/// <summary>Academic titles and honorifics that may stand before or after a name in Czech
/// (and common English) usage. Matching is case-sensitive against the usual spelling and its
/// capitals form, so the Chinese surname "Ma" is not taken for the degree "MA".</summary>
internal static class Titles
{
    /// <summary>Spellings without the final dot; the dot is optional in the input.</summary>
    private static readonly string[] Canonical =
    [
        // before the name
        "Bc", "BcA", "Ing", "Ing.arch", "arch", "Mgr", "MgA", "MUDr", "MDDr", "MVDr", "JUDr", "PhDr", "RNDr",
        "PharmDr", "ThDr", "ThLic", "ThMgr", "PaedDr", "RSDr", "ICDr", "ICLic", "PhMr", "RCDr", "Dr", "dr",
        "doc", "Doc", "prof", "Prof", "Professor", "Doctor", "akad", "mal", "soch", "Dipl.-Ing", "Dipl", "Univ.-Prof", "Priv.-Doz", "Mag", "Mr", "Mrs", "Ms", "Mx", "Miss",
        // after the name
        "Ph.D", "PhD", "CSc", "DrSc", "DSc", "DiS", "Th.D", "ThD", "ArtD", "MBA", "MPA", "MSc", "BSc", "MA", "BA",
        "MS", "MD", "LL.M", "LLM", "LL.B", "Dr.h.c", "dr.h.c", "h.c",
        // generation marks after the name, not said in a greeting ("Dear Mr Smith," for "John Smith Jr.")
        "Jr", "Sr",
    ];

    /// <summary>Honorifics and the pieces of "dr. h. c."; matched only as written, never in capitals
    /// ("PAN" could be a surname, "H." and "C." initials).</summary>
    private static readonly string[] LowerOnly =
    [
        "pan", "paní", "slečna", "sl", "h", "c",
        // Czech generation marks after the name ("Jan Novák ml.", "st."): "Vážený pane Nováku,"
        "ml", "st",
        // the field of a German or Austrian doctorate written after "Dr." ("Dr. med.", "Dr. rer. nat.")
        "med", "rer", "nat", "phil", "jur", "oec", "pol", "dent", "vet", "habil", "techn", "theol", "paed", "sc",
    ];

    /// <summary>Styles of address written before an English name ("Sir Ian Blair", "Rev. Mark Hill", "Captain Anna
    /// Kirk"): the word used in a formal English greeting, or "" for a style that is not said in a greeting ("Hon.",
    /// "Rt"). They count only before the name and only when a name follows, so "John Major" keeps its surname.</summary>
    private static readonly FrozenDictionary<string, (string Address, NameGender? Gender, bool GivenName)> Styles =
        new Dictionary<string, (string, NameGender?, bool)>(StringComparer.Ordinal)
        {
            ["Sir"] = ("Sir", NameGender.Male, true), ["Dame"] = ("Dame", NameGender.Female, true),
            ["Lord"] = ("Lord", NameGender.Male, false), ["Lady"] = ("Lady", NameGender.Female, false),
            ["Rev"] = ("Reverend", null, false), ["Revd"] = ("Reverend", null, false), ["Reverend"] = ("Reverend", null, false),
            ["Fr"] = ("Father", NameGender.Male, false), ["Father"] = ("Father", NameGender.Male, false),
            ["Rabbi"] = ("Rabbi", null, false), ["Pastor"] = ("Pastor", null, false), ["Imam"] = ("Imam", null, false),
            ["Judge"] = ("Judge", null, false), ["Justice"] = ("Justice", null, false),
            ["Cllr"] = ("Councillor", null, false), ["Councillor"] = ("Councillor", null, false),
            ["Capt"] = ("Captain", null, false), ["Captain"] = ("Captain", null, false),
            ["Col"] = ("Colonel", null, false), ["Colonel"] = ("Colonel", null, false),
            ["Maj"] = ("Major", null, false), ["Major"] = ("Major", null, false),
            ["Lt"] = ("Lieutenant", null, false), ["Lieutenant"] = ("Lieutenant", null, false),
            ["Gen"] = ("General", null, false), ["General"] = ("General", null, false),
            ["Brig"] = ("Brigadier", null, false), ["Brigadier"] = ("Brigadier", null, false),
            ["Cmdr"] = ("Commander", null, false), ["Commander"] = ("Commander", null, false),
            ["Adm"] = ("Admiral", null, false), ["Admiral"] = ("Admiral", null, false),
            ["Sgt"] = ("Sergeant", null, false), ["Sergeant"] = ("Sergeant", null, false),
            ["Hon"] = ("", null, false), ["Rt"] = ("", null, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Address, NameGender? Gender, bool GivenName)>.AlternateLookup<ReadOnlySpan<char>> StyleLookup =
        Styles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="next"/> replaces <paramref name="current"/> in a compound rank: "Lt Col" is
    /// addressed as "Colonel", "Maj Gen" and "Brig Gen" as "General", "Lt Cmdr" as "Commander".</summary>
    internal static bool RankReplaces(string current, string next) =>
        current is "Lieutenant" or "Major" or "Brigadier" && next is "Colonel" or "General" or "Commander" or "Admiral";

    /// <summary>A style of address (see <see cref="Styles"/>), final dot optional; <c>GivenName</c> is true for "Sir" and
    /// "Dame", which English address puts before the given name ("Dear Sir Ian,").</summary>
    internal static (string Address, NameGender? Gender, bool GivenName)? Style(ReadOnlySpan<char> token)
    {
        if (token.Length > 0 && token[^1] == '.') token = token[..^1];
        return StyleLookup.TryGetValue(token, out var style) ? style : null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set = Build();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in Canonical)
        {
            all.Add(title);
            all.Add(title.ToUpperInvariant());
        }
        foreach (var word in LowerOnly) all.Add(word);
        return all.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the whole token is one title, with or without its final dot ("Ing.", "Ph.D.", "CSc").</summary>
    internal static bool IsTitle(ReadOnlySpan<char> token)
    {
        if (token.Length > 0 && token[^1] == '.') token = token[..^1];
        return token.Length > 0 && Set.Contains(token);
    }

    /// <summary>How <paramref name="token"/> (one title, final dot optional) is used in a Czech formal address.</summary>
    internal static TitleRank Rank(ReadOnlySpan<char> token)
    {
        if (token.Length > 0 && token[^1] == '.') token = token[..^1];
        return token switch
        {
            "prof" or "Prof" or "PROF" or "Professor" or "PROFESSOR" or "Univ.-Prof" => TitleRank.Professor,
            "doc" or "Doc" or "DOC" or "Priv.-Doz" => TitleRank.Docent,
            "Ing" or "ING" or "Ing.arch" or "ING.ARCH" or "Dipl.-Ing" or "DIPL.-ING" => TitleRank.Engineer,
            "MUDr" or "MDDr" or "MVDr" or "JUDr" or "PhDr" or "RNDr" or "PharmDr" or "ThDr" or "PaedDr" or "RSDr"
                or "ICDr" or "RCDr" or "Dr" or "dr" or "DR" or "Doctor" or "DOCTOR" => TitleRank.Doctor,
            _ => TitleRank.None,
        };
    }

    /// <summary>A doctorate written after the name, which English address turns into "Dr" (Ph.D., MD, DSc.).</summary>
    internal static bool IsDoctorateAfterName(ReadOnlySpan<char> token)
    {
        if (token.Length > 0 && token[^1] == '.') token = token[..^1];
        return token is "Ph.D" or "PhD" or "PH.D" or "PHD" or "DPhil" or "MD" or "DSc" or "DrSc" or "Th.D" or "ThD" or "ArtD" or "EdD";
    }

    /// <summary>An honorific as written before a name: its English form and the gender it states
    /// (null for Mx). Czech "pan", "paní", "slečna" count only in lower case.</summary>
    internal static (string English, NameGender? Gender)? Honorific(ReadOnlySpan<char> token)
    {
        if (token.Length > 0 && token[^1] == '.') token = token[..^1];
        return token switch
        {
            "Mr" or "MR" or "pan" => ("Mr", NameGender.Male),
            "Mrs" or "MRS" => ("Mrs", NameGender.Female),
            "Ms" or "paní" => ("Ms", NameGender.Female),
            "Miss" or "MISS" or "slečna" or "sl" => ("Miss", NameGender.Female),
            "Mx" or "MX" => ("Mx", (NameGender?)null),
            _ => null,
        };
    }

    /// <summary>Strips titles glued to the name without a space: "Ing.Novák" → "Novák",
    /// "Nováková,Ph.D." → "Nováková". Returns the token unchanged otherwise.</summary>
    internal static ReadOnlySpan<char> StripGluedTitles(ReadOnlySpan<char> token)
    {
        var comma = token.IndexOf(',');
        if (comma > 0 && AllTitles(token[(comma + 1)..], ','))
            token = token[..comma];

        var dot = token.LastIndexOf('.');
        if (dot > 0 && dot < token.Length - 1 && AllTitles(token[..dot], '.'))
            token = token[(dot + 1)..];

        return token;
    }

    /// <summary>Whether every non-empty piece between separators is a title.</summary>
    private static bool AllTitles(ReadOnlySpan<char> text, char separator)
    {
        var any = false;
        foreach (var range in text.Split(separator))
        {
            var piece = text[range].Trim();
            if (piece.IsEmpty) continue;
            if (!IsTitle(piece)) return false;
            any = true;
        }
        return any;
    }
}
