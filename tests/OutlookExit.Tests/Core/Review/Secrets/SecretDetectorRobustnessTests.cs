using System.Diagnostics;
using CsCheck;
using OutlookExit.Core.Review.Secrets;

namespace OutlookExit.Tests.Core.Review.Secrets;

/// <summary>Hostile input for the secret detector: every cue it reacts to, repeated up to the API's 10,000
/// characters; random strings built from those cues; and a check that ten times the text costs about ten times
/// the time (a quadratic scan would cost a hundred).</summary>
[Collection(TimingCollection.Name)]
public class SecretDetectorRobustnessTests
{
    /// <summary>Each cue that makes a scanner look closer, and a few near misses.</summary>
    private static readonly string[] Cues =
    [
        "sk-", "sk-proj-", "ghp_", "AKIA", "AC", "SK", "key-", "-us", ":A", ".atlasv1.", "Q~", "hvs.", "dp.pt.", "xoxb-",
        "pypi-AgEIcHlwaS5vcmc", "hooks.slack.com/services/", ".webhook.office.com/webhookb2/", "AccountKey=", "A3-",
        "eyJ", "eyJhbGciOiJIUzI1NiJ9.", "Bearer ", "Basic ", "curl -u \"", " -u ", " / ", "login ", "://", "https://a:b@",
        "?sig=", "&token=", "%2B", "-----BEGIN ", "-----BEGIN PRIVATE KEY-----", "-----END ", "PuTTY-User-Key-File-",
        "password: ", "password is ", "heslo je ", "heslem ", "hesla ", "DB_PASSWORD=", "\"password\": \"", "<password>",
        "pass=", "api key: ", "secret ", "token ", "klíč ", "4444 ", "4111-1111-", "5500 0000 0000 0004", "1234567890",
        "\u00A0", "\u202F", "\u200B", "\uFF1A", "\\n", "„", "“", "\"", "'", "(", ")", "[", "]", "<", ">", ";", "=", ":",
        "aA1", "Xy7!", "a", " ", ".", "-", "_", "/", "@", "🙂", "\uD83D",
    ];

    public static TheoryData<string> HostileInputs()
    {
        var data = new TheoryData<string>();
        foreach (var cue in Cues.Where(c => c.Trim().Length > 1))
            data.Add(Repeat(cue, 10_000));
        data.Add(Repeat("password: Xy7!abc ", 10_000));
        data.Add(Repeat("DB_PASSWORD=Tulip&315;", 10_000));
        data.Add(Repeat("4445-5128-8157-0260 ", 10_000));
        data.Add(Repeat("4", 10_000));
        data.Add(Repeat("4 ", 10_000));
        data.Add(Repeat("https://u:p@h?sig=AbCdEfGh12345678&", 10_000));
        data.Add(Repeat("ghp_" + new string('a', 30) + "1", 10_000));
        data.Add("pypi-AgEIcHlwaS5vcmc" + Repeat("aB1", 9_980));
        data.Add("-----BEGIN PRIVATE KEY-----" + Repeat("MIIE", 9_973));
        data.Add(Repeat("heslo: heslo je ", 10_000)); // ("heslo je " alone is already a cue row)
        data.Add(Repeat("password password: ", 10_000));
        data.Add(Repeat("(secret access key) ", 10_000));
        data.Add(Repeat("a / Xy7!abcd login ", 10_000));
        data.Add(Repeat("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.", 10_000));
        data.Add(Repeat("0123456789abcdef0123456789ABCDEF-us1", 10_000));
        return data;
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new System.Text.StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        // Never cut a surrogate pair in half at the end.
        var cut = length;
        if (char.IsHighSurrogate(sb[cut - 1])) cut--;
        return sb.ToString(0, cut);
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputsGiveSaneBoundedResults(string text)
    {
        Assert.True(text.Length <= 10_000);
        var all = SecretDetector.FindAll(text);
        var previousEnd = 0;
        foreach (var m in all)
        {
            Assert.InRange(m.Start, previousEnd, text.Length - 1);
            Assert.InRange(m.Length, 1, text.Length - m.Start);
            previousEnd = m.End;
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void TenTimesTheTextCostsAboutTenTimesTheTime(string text)
    {
        // The smaller text is the first tenth of the larger one, scanned ten times per round against the larger one
        // once. Both are warmed up first (tiered compilation), then the minimum of several rounds shuts out a busy
        // machine. A quadratic scan gives a ratio near 10, a linear one near 1; 3 is a safe line between them.
        var small = text[..(text.Length / 10)];
        if (char.IsHighSurrogate(small[^1])) small = small[..^1];
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 300)
        {
            SecretDetector.FindAll(small);
            SecretDetector.FindAll(text);
        }
        long smallBest = long.MaxValue, largeBest = long.MaxValue;
        for (var round = 0; round < 9; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < 10; k++) SecretDetector.FindAll(small);
            smallBest = Math.Min(smallBest, watch.ElapsedTicks);
            watch.Restart();
            SecretDetector.FindAll(text);
            largeBest = Math.Min(largeBest, watch.ElapsedTicks);
        }
        var ratio = (double)largeBest / Math.Max(smallBest, 1);
        Assert.True(ratio < 3, $"10x text took {ratio * 10:F1}x time ({smallBest / 10} vs {largeBest} ticks)");
    }

    [Fact]
    public void NeverThrowsAndEveryMatchLiesWithinTheTextSortedAndApart()
    {
        var anyString = Gen.OneOf(
            Gen.String,
            Gen.Char.Array[0, 300].Select(c => new string(c)),
            Gen.Int[0, Cues.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Cues[i]))));
        anyString.Sample(text =>
        {
            var all = SecretDetector.FindAll(text);
            var previousEnd = 0;
            foreach (var m in all)
            {
                if (m.Start < previousEnd || m.Length <= 0 || m.End > text.Length) return false;
                previousEnd = m.End;
            }
            var first = SecretDetector.Find(text);
            return all.Count == 0 ? first is null : first == (all[0].Start, all[0].Length);
        }, iter: 20_000);
    }

    [Fact]
    public void OffsetsAreThoseOfTheOriginalTextWhateverTheSpaces()
    {
        // Normalising Unicode spaces must not move anything: the span is cut from the text as sent.
        const string text = "🙂\u00A0\u202F\u200B password:\u3000Xy7!abcd\u2009and token\u00A0ghp_86H3fzl4rlbwXJm9yJT0HlZdbx10lZEPD3jr";
        var all = SecretDetector.FindAll(text);
        Assert.Equal(["Xy7!abcd", "ghp_86H3fzl4rlbwXJm9yJT0HlZdbx10lZEPD3jr"], all.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void EveryRuleInTheDataFileLoads()
    {
        Assert.True(TokenRules.All.Count >= 45);
        Assert.Equal(TokenRules.All.Count, TokenRules.All.Select(r => r.Id).Distinct().Count());
        foreach (var rule in TokenRules.All)
        {
            Assert.NotEmpty(rule.Cues);
            Assert.InRange(rule.Min, 1, rule.Max);
        }
        var words = LabelledValues.WordCounts;
        foreach (var kind in new[] { "password", "pass", "key", "key-word", "key-qualifier", "not-a-value", "copula", "after-copula", "needle" })
            Assert.True(words.GetValueOrDefault(kind) > 0, kind);
    }
}
