using System.Globalization;
using System.Text;

namespace OutlookExit.Core.Czech;

/// <summary>A person's name as typed or as an Outlook display name, taken apart for a greeting:
/// the given name, the surname (a double surname kept whole), the highest academic title written
/// before the name, doctorates written after it, an honorific (Mr, Ms, pan, paní) and what the name
/// itself says about gender.</summary>
/// <param name="Given">First given name, or null when the name has only one part.</param>
/// <param name="Surname">The surname, or the only part of a one-part name.</param>
/// <param name="TitleBefore">Highest title written before the name (Czech address uses only these).</param>
/// <param name="DoctorateAfter">A doctorate written after the name (Ph.D., MD): English address says "Dr".</param>
/// <param name="Honorific">Mr, Mrs, Ms, Miss or Mx as written (English form), or null.</param>
/// <param name="Gender">Gender the name makes certain: an honorific, the Vietnamese middle name Văn/Thị,
/// a Czech surname form or an unambiguous first name; null when they are missing or disagree.</param>
/// <param name="UndeclinedSurname">True when the surname keeps its form in the Czech vocative
/// (a family name written first in Vietnamese order).</param>
/// <param name="Style">An English style of address written before the name, as said in a greeting ("Sir",
/// "Reverend", "Captain"), or null.</param>
/// <param name="StyleTakesGivenName">True when <paramref name="Style"/> goes before the given name ("Sir Ian").</param>
public sealed record PersonName(
    string? Given,
    string Surname,
    TitleRank TitleBefore,
    bool DoctorateAfter,
    string? Honorific,
    NameGender? Gender,
    bool UndeclinedSurname,
    string? Style = null,
    bool StyleTakesGivenName = false)
{
    /// <summary>Given name and surname in reading order, without titles ("Margaret Whitfield").</summary>
    public string Display => Given is null ? Surname : string.Concat(Given, " ", Surname);

    /// <summary>Takes <paramref name="text"/> apart; null when nothing name-like remains
    /// (only titles, an e-mail address, punctuation).</summary>
    public static PersonName? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = WithoutAsides(Compose(text));

        // "Whitfield, Margaret" / "Novák, Jan, Ing.": a comma followed by something that is not only titles.
        var segments = clean.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var turned = false;
        var tokens = new List<string>();
        if (segments.Length >= 2 && !OnlyTitles(segments[1]) && HasName(segments[0]) && !OnlyTitles(segments[0]))
        {
            turned = true;
            // Given names (and titles around them) first, then the surname segment, then any further titles.
            tokens.AddRange(Words(segments[1]));
            tokens.AddRange(Words(segments[0]));
            for (var i = 2; i < segments.Length; i++) tokens.AddRange(Words(segments[i]));
        }
        else
        {
            foreach (var segment in segments) tokens.AddRange(Words(segment));
        }

        var rank = TitleRank.None;
        var doctorateAfter = false;
        string? honorific = null;
        NameGender? honorificGender = null;
        var names = new List<string>();
        var seenName = false;
        string? style = null;
        NameGender? styleGender = null;
        var styleTakesGiven = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t].Trim(Quotes);
            if (token.Length == 0 || !HasLetter(token)) continue;
            // "Sir Ian Blair", "Rev. Mark Hill": a style counts before the name, and only with a name after it.
            if (!seenName && !turned && Titles.Style(token) is { } s && HasNameAfter(tokens, t))
            {
                if (s.Address.Length > 0 && (style is null || Titles.RankReplaces(style, s.Address)))
                    (style, styleGender, styleTakesGiven) = (s.Address, s.Gender, s.GivenName);
                continue;
            }
            if (Titles.IsTitle(token) || Titles.Honorific(token) is not null || token == "et")
            {
                if (Titles.Honorific(token) is { } h)
                {
                    honorific = h.English;
                    honorificGender = h.Gender;
                }
                else if (!seenName || turned)
                {
                    var r = Titles.Rank(token);
                    if (r > rank) rank = r;
                }
                if (seenName && Titles.IsDoctorateAfterName(token)) doctorateAfter = true;
                continue;
            }
            var glued = Titles.StripGluedTitles(token).ToString();
            if (glued.Length != token.Length)
            {
                var r = Titles.Rank(token[..^glued.Length].TrimEnd('.'));
                if (!seenName && r > rank) rank = r;
                token = glued;
                if (token.Length == 0 || !HasLetter(token)) continue;
            }
            seenName = true;
            names.Add(token);
        }
        if (names.Count == 0) return null;

        // "WHITFIELD Margaret": the surname written in capitals first, the rest not.
        if (!turned && names.Count >= 2 && IsCapitals(names[0]) && !names.Skip(1).Any(IsCapitals))
        {
            names.Add(names[0]);
            names.RemoveAt(0);
        }
        for (var i = 0; i < names.Count; i++)
            if (IsCapitals(names[i])) names[i] = TitleCase(names[i]);

        string? given;
        string surname;
        var undeclined = false;
        NameGender? markerGender = null;
        if (!turned && names.Count >= 2 && Vietnamese.IsFamilyName(names[0]) && !Vietnamese.IsFamilyName(names[^1]))
        {
            // Vietnamese order: family name, middle name, given name ("Nguyễn Thị Lan").
            surname = names[0];
            given = names[^1];
            undeclined = true;
            for (var i = 1; i < names.Count - 1; i++) markerGender ??= Vietnamese.MiddleNameGender(names[i]);
        }
        else if (names.Count == 1)
        {
            given = null;
            surname = names[0];
        }
        else
        {
            given = names[0];
            // Everything after the given name that is not itself a known given name belongs to the surname:
            // "Tereza Kovářová Šimková", "Gabriel García Márquez", "Ludwig van Beethoven"; "Mary Ann Smith" → Smith.
            var start = 1;
            while (start < names.Count - 1 && FirstNames.GenderOf(names[start]) is not null && !Particles.Contains(names[start])) start++;
            surname = string.Join(' ', names.Skip(start));
        }

        var gender = honorific is not null ? honorificGender : GenderOf(markerGender, given, surname, undeclined);
        // A style that states a gender ("Sir", "Dame") decides it unless the name says otherwise.
        if (honorific is null && styleGender is not null)
            gender = gender is null || gender == styleGender ? styleGender : null;
        return new PersonName(given, surname, rank, doctorateAfter, honorific, gender, undeclined, style,
            styleTakesGiven && given is not null);
    }

    /// <summary>Certain gender without an honorific (which decides alone, Mx for none), or null: in Vietnamese order
    /// the middle-name marker decides; otherwise the Czech surname form and the first name must not disagree.</summary>
    private static NameGender? GenderOf(NameGender? marker, string? given, string surname, bool vietnamese)
    {
        if (vietnamese) return marker;
        var fromSurname = CzechNames.InferGenderFromSurname(surname);
        var fromGiven = given is null ? null : FirstNames.GenderOf(given);
        if (fromSurname is not null && fromGiven is not null && fromSurname != fromGiven) return null;
        return fromSurname ?? fromGiven;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "des", "dos", "das", "la", "le", "ten", "ter", "bin", "ibn", "al",
    };

    private static readonly char[] Quotes = ['"', '\'', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u201A', ';', ':'];

    private static IEnumerable<string> Words(string segment) =>
        segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool OnlyTitles(string segment)
    {
        var any = false;
        foreach (var word in Words(segment))
        {
            var w = word.Trim(Quotes);
            if (w.Length == 0) continue;
            if (!Titles.IsTitle(w) && Titles.Honorific(w) is null && w != "et") return false;
            any = true;
        }
        return any;
    }

    /// <summary>Whether a token after index <paramref name="at"/> is a name rather than a title or style.</summary>
    private static bool HasNameAfter(List<string> tokens, int at)
    {
        for (var i = at + 1; i < tokens.Count; i++)
        {
            var w = tokens[i].Trim(Quotes);
            if (w.Length == 0 || !HasLetter(w)) continue;
            if (Titles.IsTitle(w) || Titles.Honorific(w) is not null || Titles.Style(w) is not null || w == "et") continue;
            return true;
        }
        return false;
    }

    private static bool HasName(string segment) => Words(segment).Any(w => HasLetter(w) && !Titles.IsTitle(w.Trim(Quotes)));

    private static bool HasLetter(string token)
    {
        foreach (var c in token) if (char.IsLetter(c)) return true;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> AsideMarks = System.Buffers.SearchValues.Create("(<[)>]@");

    /// <summary>Drops parenthesised parts and e-mail addresses: "Jana Dvořáková (Acme) &lt;jana@example.cz&gt;".</summary>
    private static string WithoutAsides(string text)
    {
        // Most names have nothing to drop: no brackets, no address, single spaces between words.
        if (text.AsSpan().IndexOfAny(AsideMarks) < 0 && !text.Contains("  ", StringComparison.Ordinal)
            && text.Length > 0 && text[0] != ' ' && text[^1] != ' ')
            return text;
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '<' or '[') { depth++; continue; }
            if (c is ')' or '>' or ']') { if (depth > 0) depth--; continue; }
            if (depth == 0) sb.Append(c);
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('@'));
        return string.Join(' ', words);
    }

    /// <summary>At least two letters and none lower-case ("WHITFIELD", "NOVÁK").</summary>
    private static bool IsCapitals(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /// <summary>"WHITFIELD" → "Whitfield", "NOVÁK-SVOBODA" → "Novák-Svoboda".</summary>
    private static string TitleCase(string token)
    {
        var chars = token.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i])) chars[i] = char.ToUpperInvariant(chars[i]);
            start = !char.IsLetter(chars[i]) && chars[i] != '\'';
        }
        return new string(chars);
    }

    private static string Compose(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }
}

/// <summary>How a title is used in a Czech formal address, lowest to highest.</summary>
public enum TitleRank
{
    /// <summary>No title used in address (none, or Bc., Mgr., MgA. and the like: the surname form is used).</summary>
    None,
    /// <summary>Ing., Ing. arch., Dipl.-Ing.: "pane inženýre".</summary>
    Engineer,
    /// <summary>MUDr., JUDr., PhDr., RNDr., MVDr., PharmDr., Dr. and other doctorates before the name: "pane doktore".</summary>
    Doctor,
    /// <summary>doc.: "pane docente".</summary>
    Docent,
    /// <summary>prof.: "pane profesore".</summary>
    Professor,
}
