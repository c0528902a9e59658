using System.Buffers;
using System.Text;

namespace OutlookExit.Core.Czech;

/// <summary>Czech personal names for greetings: the vocative (5th case), gender where the surname
/// makes it certain, and the surname out of a full name with academic titles.
/// Pure and thread-safe; the tables are built once when the type is first used.</summary>
public static class CzechNames
{
    /// <summary>Vocative of a single word (surname or first name) for the given gender.
    /// Masculine words follow the longest matching suffix rule (Novák → Nováku, Němec → Němče,
    /// Svoboda → Svobodo, Novotný → Novotný). Feminine surnames never change (Nováková, Černá);
    /// feminine first names in -a take -o (Jana → Jano), others stay (Marie).
    /// Each run of letters is declined on its own, so "Novák-Svoboda" → "Nováku-Svobodo";
    /// one-letter runs (initials) and anything that is not a letter are kept as they are.
    /// The case pattern is kept: each replaced character takes the case of the character it replaces,
    /// added characters are upper-case only when the word is in capitals (NOVÁK → NOVÁKU).
    /// Returns the input instance itself when nothing changes (empty or blank input included).</summary>
    public static string Vocative(string word, NameGender gender)
    {
        ArgumentNullException.ThrowIfNull(word);
        var source = ComposeIfDecomposed(word);

        var length = 0;
        var changed = false;
        var i = 0;
        while (i < source.Length)
        {
            if (!IsNameChar(source[i]))
            {
                length++;
                i++;
                continue;
            }
            var start = i;
            while (i < source.Length && IsNameChar(source[i])) i++;
            if (TryDecline(source.AsSpan(start, i - start), gender, out var keep, out var replacement))
            {
                changed = true;
                length += keep + replacement.Length;
            }
            else
            {
                length += i - start;
            }
        }
        if (!changed) return word;

        return string.Create(length, (source, gender), static (destination, state) =>
        {
            var (text, gender) = state;
            var at = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsNameChar(text[i]))
                {
                    destination[at++] = text[i++];
                    continue;
                }
                var start = i;
                while (i < text.Length && IsNameChar(text[i])) i++;
                var run = text.AsSpan(start, i - start);
                if (!TryDecline(run, gender, out var keep, out var replacement))
                {
                    run.CopyTo(destination[at..]);
                    at += run.Length;
                    continue;
                }
                run[..keep].CopyTo(destination[at..]);
                at += keep;
                var capitals = IsAllCapitals(run);
                for (var j = 0; j < replacement.Length; j++)
                {
                    var original = keep + j;
                    var upper = original < run.Length ? char.IsUpper(run[original]) : capitals;
                    destination[at++] = upper ? char.ToUpperInvariant(replacement[j]) : replacement[j];
                }
            }
        });
    }

    /// <summary>Gender only where the surname makes it certain: -ová and other adjectival -á
    /// (Nováková, Černá, Malá) → <see cref="NameGender.Female"/>; adjectival -ý (Novotný, Kopecký)
    /// → <see cref="NameGender.Male"/>; anything else (Novák, Svoboda, Krejčí, Smith) → null.
    /// For a double-barrelled surname the last part decides.</summary>
    public static NameGender? InferGenderFromSurname(string surname)
    {
        ArgumentNullException.ThrowIfNull(surname);
        var source = ComposeIfDecomposed(surname).AsSpan();

        var end = source.Length;
        while (end > 0 && !IsNameChar(source[end - 1])) end--;
        var start = end;
        while (start > 0 && IsNameChar(source[start - 1])) start--;
        var last = source[start..end];
        if (last.Length < 3) return null;

        var ending = char.ToLowerInvariant(last[^1]);
        var before = last[^2];
        if (!char.IsLetter(before) || IsVowel(char.ToLowerInvariant(before))) return null;
        return ending switch
        {
            'á' => NameGender.Female,
            'ý' => NameGender.Male,
            _ => null,
        };
    }

    /// <summary>The surname out of a full name written given name first ("Tomáš Hruška",
    /// "Ing. Jana Dvořáková, Ph.D."): academic titles and honorifics before or after the name are
    /// dropped, as are e-mail addresses and parenthesised parts, and the last remaining token is
    /// returned. A double-barrelled surname stays one token ("Nováková-Svobodová"; a spaced
    /// "Nováková - Svobodová" comes back joined). Null when nothing name-like remains.</summary>
    public static string? Surname(string fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return null;

        var text = fullName.AsSpan();
        var end = text.Length;
        var afterTitle = false;
        while (NextTokenLeft(text, ref end, out var start, out var token))
        {
            if (!IsNameToken(token))
                continue;
            if (Titles.IsTitle(token))
            {
                afterTitle = true;
                continue;
            }
            if (afterTitle && token.SequenceEqual("et"))
                continue;

            token = Titles.StripGluedTitles(token);
            if (token.IsEmpty || !IsNameToken(token))
                continue;

            // "Nováková - Svobodová": join the parts around a free-standing dash.
            var peekEnd = end;
            if (NextTokenLeft(text, ref peekEnd, out _, out var dash) && IsDash(dash)
                && NextTokenLeft(text, ref peekEnd, out _, out var first) && IsNameToken(first) && !Titles.IsTitle(first))
            {
                first = Titles.StripGluedTitles(first);
                if (!first.IsEmpty && IsNameToken(first))
                    return string.Concat(first, "-", token);
            }

            return token.Length == fullName.Length ? fullName : token.ToString();
        }
        return null;
    }

    /// <summary>The next whitespace-delimited token left of <paramref name="end"/>, with surrounding
    /// commas, semicolons and quotes trimmed (dots are kept: they mark titles).</summary>
    private static bool NextTokenLeft(ReadOnlySpan<char> text, ref int end, out int start, out ReadOnlySpan<char> token)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var raw = text[start..end];
        end = start;
        if (raw.IsEmpty)
        {
            token = default;
            return false;
        }
        // Whole-token brackets or address parts: "(Acme)", "<jana@example.cz>".
        if (raw[0] is '(' or '<' or '[' || raw[^1] is ')' or '>' or ']' || raw.Contains('@'))
        {
            token = ReadOnlySpan<char>.Empty;
            return true;
        }
        token = raw.Trim(TokenPunctuation);
        return true;
    }

    private const string TokenPunctuation = ",;:\"'\u201C\u201D\u201E\u2018\u2019\u201A";

    private static bool IsDash(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '-' or '\u2010' or '\u2013' or '\u2014';

    /// <summary>A token that has at least one letter.</summary>
    private static bool IsNameToken(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Computes how a run of letters changes: keep its first <paramref name="keep"/> characters
    /// and append <paramref name="replacement"/> (lower-case). False when the run stays as it is.</summary>
    private static bool TryDecline(ReadOnlySpan<char> run, NameGender gender, out int keep, out string replacement)
    {
        keep = run.Length;
        replacement = "";
        if (run.Length < 2) return false;

        Span<char> lower = stackalloc char[VocativeTables.MaxKeyLength];
        var n = Math.Min(run.Length, VocativeTables.MaxKeyLength);
        var tail = run[^n..];
        for (var k = 0; k < n; k++) lower[k] = char.ToLowerInvariant(tail[k]);
        lower = lower[..n];

        if (gender == NameGender.Female)
        {
            var firstName = VocativeTables.FemaleFallbackIsFirstName;
            for (var len = Math.Min(n, VocativeTables.MaxFemaleSuffix); len > 0; len--)
            {
                if (VocativeTables.FemaleIsFirstName.TryGetValue(lower[^len..], out var isFirst))
                {
                    firstName = isFirst;
                    break;
                }
            }
            if (!firstName || lower[^1] != 'a') return false;
            keep = run.Length - 1;
            replacement = "o";
            return true;
        }

        int matched;
        if (run.Length <= VocativeTables.MaxMaleWord && VocativeTables.MaleWords.TryGetValue(lower, out var word))
        {
            matched = run.Length;
            replacement = word;
        }
        else
        {
            matched = 0;
            replacement = VocativeTables.MaleFallback;
            for (var len = Math.Min(n, VocativeTables.MaxMaleSuffix); len > 0; len--)
            {
                if (VocativeTables.MaleSuffixes.TryGetValue(lower[^len..], out var suffix))
                {
                    matched = len;
                    replacement = suffix;
                    break;
                }
            }
        }

        if (lower[^matched..].SequenceEqual(replacement)) return false;
        keep = run.Length - matched;
        return true;
    }

    /// <summary>Letters and combining marks make up a name; anything else separates runs.</summary>
    private static bool IsNameChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

    /// <summary>At least two letters and no lower-case one.</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> run)
    {
        var letters = 0;
        foreach (var c in run)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool IsVowel(char lower) => lower is 'a' or 'á' or 'e' or 'é' or 'ě' or 'i' or 'í' or 'o' or 'ó'
        or 'u' or 'ú' or 'ů' or 'y' or 'ý' or 'ä' or 'ö' or 'ü' or 'ë';

    private static readonly SearchValues<char> CombiningMarks = SearchValues.Create(CombiningMarkChars());

    private static string CombiningMarkChars()
    {
        var marks = new char['\u036F' - '\u0300' + 1];
        for (var i = 0; i < marks.Length; i++) marks[i] = (char)('\u0300' + i);
        return new string(marks);
    }

    /// <summary>Names typed on some systems arrive decomposed (a + combining acute); the tables are
    /// composed, so such input is normalised first. Input that is not valid Unicode is left as it is.</summary>
    private static string ComposeIfDecomposed(string text)
    {
        if (text.AsSpan().IndexOfAny(CombiningMarks) < 0) return text;
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
