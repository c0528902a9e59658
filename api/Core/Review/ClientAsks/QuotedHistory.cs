namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>Finds where the client's new text ends: the first line of quoted history or of a "-- " signature.</summary>
/// <remarks>Recognised, each at the start of a line: `&gt;` quote lines; "On … wrote:" (also wrapped onto the next
/// line); "-----Original Message-----", "---------- Forwarded message ----------" and their Czech forms
/// ("Původní zpráva", "Přeposlaná zpráva"); a header block "From: …" followed within three lines by "Sent:" or
/// "Date:" (Czech "Od:" + "Odesláno:"/"Datum:", German "Von:" + "Gesendet:"), together with an underscore rule just
/// above it; "Dne … napsal(a):" and other attribution lines with a date or an address ending in "wrote:" /
/// "napsal:"; the signature separator "-- "; a mail app's footer ("Sent from my iPhone", "Get Outlook for iOS",
/// "Odesláno z iPhonu"); and a signature block after a closing line ("Kind regards," / "S pozdravem" followed by
/// a name and a few short lines). One pass over the lines, each line looked at a bounded number of times.</remarks>
internal static class QuotedHistory
{
    /// <summary>The offset where quoted history or the signature starts, or <c>text.Length</c>.</summary>
    public static int NewTextLength(string text)
    {
        var lineStart = 0;
        var ruleStart = -1; // an underscore rule line with only blank lines since
        var signature = new SignatureBlock();
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text.AsSpan(lineStart, lineEnd - lineStart));
            if (StartsQuote(text, line, lineEnd) || IsDeviceFooter(line))
            {
                var end = ruleStart >= 0 ? ruleStart : lineStart;
                return signature.Start >= 0 && signature.Start < end ? signature.Start : end;
            }
            if (IsUnderscoreRule(line)) ruleStart = lineStart;
            else if (!line.IsEmpty) ruleStart = -1;
            signature.Add(line, lineEnd + 1);
            lineStart = lineEnd + 1;
        }
        return signature.Start >= 0 && signature.Start < text.Length ? signature.Start : text.Length;
    }

    /// <summary>A closing line ("Kind regards,", "S pozdravem") followed only by a few short lines that read as a
    /// signature (a name first, then titles, phones, addresses): the text after the closing line is not the
    /// client's message. Any sentence-like line after it ("Please reconsider.", a question, a P.S.) cancels it.</summary>
    private struct SignatureBlock()
    {
        /// <summary>Where the signature starts (the line after the closing), or -1.</summary>
        public int Start { get; private set; } = -1;
        private int _lines;

        public void Add(ReadOnlySpan<char> line, int nextLineStart)
        {
            if (IsClosing(line))
            {
                Start = nextLineStart;
                _lines = 0;
                return;
            }
            if (Start < 0 || line.IsEmpty) return;
            _lines++;
            var words = Words(line);
            var last = line[^1];
            var sentence = (last is '.' or '!' or '?' && words >= 4) || last == '?' || line.Length > 100 ||
                           line.StartsWith("P.S", StringComparison.OrdinalIgnoreCase) ||
                           line.StartsWith("PS", StringComparison.Ordinal);
            if (sentence || _lines > 8 || (_lines == 1 && words > 5)) Start = -1;
        }

        private static int Words(ReadOnlySpan<char> line)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in line)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord) count++;
                inWord = letter;
            }
            return count;
        }
    }

    private static readonly string[] Closings =
    [
        "best", "best regards", "kind regards", "regards", "warm regards", "warmest regards", "many thanks", "thanks",
        "thank you", "thanks again", "cheers", "sincerely", "yours sincerely", "yours", "best wishes", "all the best",
        "with thanks", "with best regards", "br", "talk soon", "speak soon",
        "s pozdravem", "se srdečným pozdravem", "srdečně", "s úctou", "zdravím", "díky", "díky moc", "děkuji",
        "děkuji a zdravím", "děkuji předem", "předem děkuji", "hezký den", "pěkný den", "mějte se", "mějte se hezky",
        "ahoj", "čau", "s přátelským pozdravem", "s díky", "mit freundlichen grüßen", "viele grüße",
    ];

    /// <summary>A line that is only a closing formula, with an optional comma, full stop or exclamation mark.</summary>
    private static bool IsClosing(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 40) return false;
        var body = line.TrimEnd(",.!").TrimEnd();
        foreach (var closing in Closings)
            if (body.Equals(closing, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] DeviceFooters =
    [
        "sent from my ", "sent from outlook", "sent from mail for", "sent from yahoo", "sent from samsung",
        "sent with ", "get outlook for", "odesláno z ", "odeslano z ", "odesláno ze ", "odesláno pomocí", "posláno z ",
        "von meinem ", "gesendet von ", "sent via ", "sent using ", "získejte outlook", "ziskejte outlook",
        "stáhněte si outlook", "stahnete si outlook",
    ];

    /// <summary>"Sent from my iPhone", "Get Outlook for iOS", "Odesláno z iPhonu": a mail app's footer, on a short line of its own.</summary>
    private static bool IsDeviceFooter(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || line.Length > 60 || line[^1] is '?' or ',') return false;
        foreach (var footer in DeviceFooters)
            if (line.StartsWith(footer, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool StartsQuote(string text, ReadOnlySpan<char> line, int lineEnd)
    {
        if (line.IsEmpty) return false;
        if (line[0] == '>') return true;
        if (IsSignatureSeparator(line)) return true;
        if (IsSeparatorBanner(line)) return true;
        if (IsForwardBanner(line)) return true;
        if (StartsWithWord(line, "On") && EndsWithInLines(text, line, lineEnd, "wrote:")) return true;
        // Other clients' attribution lines ("po 7. 12. 2026 v 10:12 odesílatel … napsal:", "Am … schrieb …:"): a line
        // with a date or an address that ends with the verb.
        if (IsAttribution(line)) return true;
        if (StartsWithWord(line, "Dne") && (EndsWithInLines(text, line, lineEnd, "napsal(a):") ||
                                            EndsWithInLines(text, line, lineEnd, "napsal:") ||
                                            EndsWithInLines(text, line, lineEnd, "napsala:"))) return true;
        if (StartsWithLabel(line, "From:") || StartsWithLabel(line, "Od:") || StartsWithLabel(line, "Von:") || StartsWithLabel(line, "De:"))
            return HeaderFollows(text, lineEnd);
        return false;
    }

    private static readonly string[] AttributionEnds = ["wrote:", "napsal:", "napsala:", "napsal(a):", "napsali:", "schrieb:", "a écrit :", "a écrit:"];

    private static bool IsAttribution(ReadOnlySpan<char> line)
    {
        if (line.Length > 300 || line[^1] != ':') return false;
        var end = false;
        foreach (var suffix in AttributionEnds)
            end |= line.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        if (!end) return false;
        foreach (var c in line)
            if (char.IsDigit(c) || c == '@')
                return true;
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
               line.Contains("Původní e-mail", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Puvodni e-mail", StringComparison.OrdinalIgnoreCase) ||
               line.Contains("Ursprüngliche Nachricht", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] ForwardBanners =
        ["Begin forwarded message", "Začátek přeposlané zprávy", "Zacatek preposlane zpravy", "Anfang der weitergeleiteten Nachricht", "Début du message réexpédié"];

    /// <summary>Apple Mail's forward banner ("Begin forwarded message:", "Začátek přeposlané zprávy:") on a line of its own.</summary>
    private static bool IsForwardBanner(ReadOnlySpan<char> line)
    {
        if (line.Length > 60) return false;
        foreach (var banner in ForwardBanners)
            if (line.StartsWith(banner, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
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
