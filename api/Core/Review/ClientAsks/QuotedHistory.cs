namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>Finds where the client's new text ends: the first line of quoted history or of a "-- " signature.</summary>
/// <remarks>Recognised, each at the start of a line: `&gt;` quote lines; "On … wrote:" (also wrapped onto the next
/// line); "-----Original Message-----", "---------- Forwarded message ----------" and their Czech forms
/// ("Původní zpráva", "Přeposlaná zpráva"); a header block "From: …" followed within three lines by "Sent:" or
/// "Date:" (Czech "Od:" + "Odesláno:"/"Datum:", German "Von:" + "Gesendet:"), together with an underscore rule just
/// above it; "Dne … napsal(a):"; and the signature separator "-- ". One pass over the lines, each line looked at
/// a bounded number of times.</remarks>
internal static class QuotedHistory
{
    /// <summary>The offset where quoted history or the signature starts, or <c>text.Length</c>.</summary>
    public static int NewTextLength(string text)
    {
        var lineStart = 0;
        var ruleStart = -1; // an underscore rule line with only blank lines since
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text.AsSpan(lineStart, lineEnd - lineStart));
            if (StartsQuote(text, line, lineEnd)) return ruleStart >= 0 ? ruleStart : lineStart;
            if (IsUnderscoreRule(line)) ruleStart = lineStart;
            else if (!line.IsEmpty) ruleStart = -1;
            lineStart = lineEnd + 1;
        }
        return text.Length;
    }

    private static bool StartsQuote(string text, ReadOnlySpan<char> line, int lineEnd)
    {
        if (line.IsEmpty) return false;
        if (line[0] == '>') return true;
        if (IsSignatureSeparator(line)) return true;
        if (IsSeparatorBanner(line)) return true;
        if (StartsWithWord(line, "On") && EndsWithInLines(text, line, lineEnd, "wrote:")) return true;
        if (StartsWithWord(line, "Dne") && (EndsWithInLines(text, line, lineEnd, "napsal(a):") ||
                                            EndsWithInLines(text, line, lineEnd, "napsal:") ||
                                            EndsWithInLines(text, line, lineEnd, "napsala:"))) return true;
        if (StartsWithLabel(line, "From:") || StartsWithLabel(line, "Od:") || StartsWithLabel(line, "Von:") || StartsWithLabel(line, "De:"))
            return HeaderFollows(text, lineEnd);
        return false;
    }

    /// <summary>"-- " (or "--") alone on a line; "—" or "---" are not separators.</summary>
    private static bool IsSignatureSeparator(ReadOnlySpan<char> trimmed) =>
        trimmed.Length == 2 && trimmed[0] == '-' && trimmed[1] == '-';

    private static bool IsSeparatorBanner(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || line[0] != '-' || line[1] != '-') return false;
        return line.Contains("Original Message", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Forwarded message", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Původní zpráva", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Puvodni zprava", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Přeposlaná zpráva", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Ursprüngliche Nachricht", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUnderscoreRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 10) return false;
        foreach (var c in line)
            if (c != '_' && c != '-' && c != '=')
                return false;
        return true;
    }

    /// <summary>A "Sent:" / "Date:" / "Odesláno:" / "Datum:" / "Gesendet:" line within the next three lines.</summary>
    private static bool HeaderFollows(string text, int lineEnd)
    {
        var start = lineEnd + 1;
        for (var n = 0; n < 3 && start < text.Length; n++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = Trim(text.AsSpan(start, end - start));
            if (StartsWithLabel(line, "Sent:") || StartsWithLabel(line, "Date:") || StartsWithLabel(line, "Odesláno:") ||
                StartsWithLabel(line, "Datum:") || StartsWithLabel(line, "Gesendet:") || StartsWithLabel(line, "Envoyé:") ||
                StartsWithLabel(line, "Odeslano:"))
                return true;
            start = end + 1;
        }
        return false;
    }

    /// <summary>Whether this line, or this line joined with the next (a wrapped header), ends with <paramref name="suffix"/>.</summary>
    private static bool EndsWithInLines(string text, ReadOnlySpan<char> line, int lineEnd, string suffix)
    {
        if (line.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        if (line.Length > 300 || lineEnd >= text.Length) return false;
        var nextEnd = text.IndexOf('\n', lineEnd + 1);
        if (nextEnd < 0) nextEnd = text.Length;
        var next = Trim(text.AsSpan(lineEnd + 1, nextEnd - lineEnd - 1));
        return next.Length <= 300 && next.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithWord(ReadOnlySpan<char> line, string word) =>
        line.Length > word.Length && line.StartsWith(word, StringComparison.Ordinal) && line[word.Length] == ' ';

    private static bool StartsWithLabel(ReadOnlySpan<char> line, string label)
    {
        if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        // "From :" (French clients, some gateways) and bold markers "*From:*".
        var trimmed = line.TrimStart('*');
        if (trimmed.Length != line.Length && trimmed.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        var word = label.AsSpan(0, label.Length - 1);
        return line.StartsWith(word, StringComparison.OrdinalIgnoreCase) && line.Length > word.Length + 1 &&
               line[word.Length] == ' ' && line[word.Length + 1] == ':';
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line) => line.Trim();
}
