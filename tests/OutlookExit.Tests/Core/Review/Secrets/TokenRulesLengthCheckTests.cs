using CsCheck;
using OutlookExit.Core.Review.Secrets;

namespace OutlookExit.Tests.Core.Review.Secrets;

/// <summary>The vendor-token scan skips texts shorter than the shortest token any rule can match
/// (<see cref="TokenRules.MinTokenLength"/>); on random texts around that length, built from the rules' own cues and
/// token characters, it finds exactly what the scan without the check finds.</summary>
public class TokenRulesLengthCheckTests
{
    private const long Samples = 20_000;
    private const string TokenChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.=/+~";

    private static readonly string[] Cues = [.. TokenRules.All.SelectMany(r => r.Cues).Distinct()];
    private static readonly string[] Words = ["the", "key", "Acme", "Ltd", "sk", "AK", " ", " ", "\n", ": ", "=", "(", ")", "\"", "é"];

    private static Gen<string> Texts()
    {
        var cue = Gen.Int[0, Cues.Length - 1].Select(i => Cues[i]);
        var body = Gen.Char[TokenChars].Array[1, 24].Select(c => new string(c));
        var hex = Gen.Char["0123456789abcdef"].Array[1, 34].Select(c => new string(c));
        var word = Gen.Int[0, Words.Length - 1].Select(i => Words[i]);
        return Gen.Frequency((3, cue), (4, body), (1, hex), (3, word)).Array[1, 6]
            .Select(parts => string.Concat(parts))
            .Where(t => t.Length < 2 * TokenRules.MinTokenLength);
    }

    [Fact]
    public void ShortestTokenIsTheAwsKeyId() =>
        // AKIA + 16 characters: names, companies and numbers of a draft are shorter and are not searched.
        Assert.Equal(20, TokenRules.MinTokenLength);

    [Fact]
    public void LengthCheckFindsWhatTheFullScanFinds()
    {
        int shorter = 0, withTokens = 0;
        Texts().Sample(text =>
        {
            var checkedScan = new List<SecretDetector.SecretMatch>();
            var fullScan = new List<SecretDetector.SecretMatch>();
            TokenRules.Scan(text, checkedScan);
            TokenRules.ScanGroups(text, fullScan);
            Assert.Equal(fullScan, checkedScan);
            if (text.Length < TokenRules.MinTokenLength) Interlocked.Increment(ref shorter);
            if (fullScan.Count > 0) Interlocked.Increment(ref withTokens);
        }, iter: Samples, print: t => t);
        // Both sides of the check are exercised: texts it skips, and texts with tokens in them.
        Assert.True(shorter > Samples / 10, $"only {shorter} of {Samples} texts were shorter than {TokenRules.MinTokenLength}");
        Assert.True(withTokens > Samples / 100, $"only {withTokens} of {Samples} texts held a token");
    }
}
