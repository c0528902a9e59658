using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>PEM private keys (RSA, EC, PKCS#8, encrypted, OpenSSH, PGP, SSH2), with or without the END line, on
/// several lines, on one line with spaces or a pasted <c>\n</c>; PuTTY key files. Also marks the public blocks
/// (certificates, public keys) so the scan for random-looking strings leaves their bodies alone.</summary>
internal static class PrivateKeys
{
    private const string Begin = "-----BEGIN ";
    private const string PuttyCue = "PuTTY-User-Key-File-";

    public static void Scan(string text, List<SecretMatch> found, List<(int Start, int End)> publicBlocks)
    {
        var noEnd = false;
        var i = 0;
        while (i < text.Length)
        {
            var b = text.IndexOf(Begin, i, StringComparison.Ordinal);
            if (b < 0) break;
            var labelStart = b + Begin.Length;
            var window = Math.Min(64, text.Length - labelStart);
            var close = text.AsSpan(labelStart, window).IndexOf("-----", StringComparison.Ordinal);
            if (close < 0)
            {
                i = labelStart;
                continue;
            }
            var isPrivate = text.AsSpan(labelStart, close).Contains("PRIVATE KEY", StringComparison.Ordinal);
            var afterHeader = labelStart + close + 5;
            var end = -1;
            if (!noEnd)
            {
                var e = text.IndexOf("-----END ", afterHeader, StringComparison.Ordinal);
                if (e < 0) noEnd = true;
                else
                {
                    var tailWindow = Math.Min(64, text.Length - (e + 9));
                    var tail = text.AsSpan(e + 9, tailWindow).IndexOf("-----", StringComparison.Ordinal);
                    end = tail < 0 ? e + 9 : e + 9 + tail + 5;
                }
            }
            if (end < 0) end = BodyEnd(text, afterHeader);
            if (isPrivate) found.Add(new SecretMatch(b, end - b, SecretKind.PrivateKey, "private-key"));
            else publicBlocks.Add((b, end));
            i = end;
        }
        i = 0;
        while (i < text.Length)
        {
            var p = text.IndexOf(PuttyCue, i, StringComparison.Ordinal);
            if (p < 0) break;
            var end = BodyEnd(text, p + PuttyCue.Length);
            found.Add(new SecretMatch(p, end - p, SecretKind.PrivateKey, "putty-private-key"));
            i = end;
        }
    }

    /// <summary>Without an END line the key body runs to the next blank line (or the end of the text).</summary>
    private static int BodyEnd(string text, int from)
    {
        var blank = text.IndexOf("\n\n", from, StringComparison.Ordinal);
        var blankCr = text.IndexOf("\r\n\r\n", from, StringComparison.Ordinal);
        if (blankCr >= 0 && (blank < 0 || blankCr < blank)) blank = blankCr;
        return blank < 0 ? text.Length : blank;
    }
}
