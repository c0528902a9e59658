using System.Text.Json;
using OutlookExit.Core.Review.ClientAsks;
using Detector = OutlookExit.Core.Review.ClientAsks.ClientAskDetector;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>A regression floor on the dev half of tests/corpora/client-asks (the half the rules were written against).
/// The sealed half is never read by tests; its figures come from the scoring command (see the detector's README).</summary>
public class ClientAsksDevCorpusTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void EveryAskKeepsItsPrecisionAndRecallOnTheDevHalf(string language)
    {
        var path = Path.Combine(CorpusDirectory(), $"asks-{language}.dev.jsonl");
        int[] tp = new int[9], fp = new int[9], fn = new int[9];
        var messages = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("asks").EnumerateArray()
                .Select(a => ClientAskNames.TryParse(a.GetString(), out var ask) ? ask : throw new InvalidDataException(a.GetString()))
                .ToHashSet();
            var found = Detector.Detect(doc.RootElement.GetProperty("text").GetString(), language).Asks;
            messages++;
            foreach (var ask in Enum.GetValues<ClientAsk>())
            {
                if (expected.Contains(ask) && found.Contains(ask)) tp[(int)ask]++;
                else if (found.Contains(ask)) fp[(int)ask]++;
                else if (expected.Contains(ask)) fn[(int)ask]++;
            }
        }
        Assert.True(messages >= 120, $"{messages} dev messages");
        foreach (var ask in Enum.GetValues<ClientAsk>())
        {
            var i = (int)ask;
            Assert.True(tp[i] > 0, $"{ask}: no true positives");
            var precision = (double)tp[i] / (tp[i] + fp[i]);
            var recall = (double)tp[i] / (tp[i] + fn[i]);
            Assert.True(precision >= 0.9 && recall >= 0.9, $"{language} {ask}: precision {precision:F2}, recall {recall:F2}");
        }
    }

    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpora", "client-asks");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpora/client-asks");
    }
}
