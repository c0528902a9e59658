using CsCheck;
using OutlookExit.Core.Review.ClientAsks;
using Detector = OutlookExit.Core.Review.ClientAsks.ClientAskDetector;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

public class ClientAsksRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "please ", "stay ", "don't ", "won't ", "not ", "until ", "March ", "rate ", "20% ", "€ ", "invoice ", "why ", "anyone ",
        "thanks ", "call ", "files ", "zůstaňte ", "nechceme ", "faktura ", "proč ", "abyste ", "do konce ledna ", "slevu ",
        "> ", "On 1 Dec wrote:\n", "-- \n", "Od: x\nOdesláno: y\n", ".", ",", "?", "!", "\n", "'", "’", "-", " - ", "🙂", "\uD83D",
        "\uDE42", "e\u030C", "\u0000", "\u200B", "\t", "...", "+", "#", "~", "_", "*", "|",
    ];

    [Fact]
    public void NeverThrowsIsDeterministicAndAlwaysGivesAnAsk()
    {
        var anyString = Gen.OneOf(
            Gen.String,
            Gen.Char.Array[0, 300].Select(c => new string(c)),
            Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Fragments[i]))));
        Gen.Select(anyString, Gen.Int[0, 3].Select(i => i switch { 0 => "en", 1 => "cs", 2 => "de", _ => "" })).Sample((text, language) =>
        {
            var first = Detector.Detect(text, language);
            var again = Detector.Detect(text, language);
            return first.Asks.Count >= 1 && first.Asks.SetEquals(again.Asks) && first.NewTextLength == again.NewTextLength &&
                   first.NewTextLength >= 0 && first.NewTextLength <= text.Length &&
                   first.Names.All(n => ClientAskNames.All.Contains(n)) &&
                   (!first.Asks.Contains(ClientAsk.Stay) || !first.Asks.Contains(ClientAsk.Acceptance));
        }, iter: 5_000);
    }

    public static TheoryData<string, string> HostileInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "cs" })
        {
            data.Add(language, new string('a', 10_000));
            data.Add(language, string.Concat(Enumerable.Repeat("stay ", 2_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("please don't not never stay until ", 290)));
            data.Add(language, string.Concat(Enumerable.Repeat("zůstaňte nechceme do ", 470)));
            data.Add(language, string.Concat(Enumerable.Repeat("> quoted\n", 1_100)));
            data.Add(language, string.Concat(Enumerable.Repeat("On x wrote:\n", 830)));
            data.Add(language, string.Concat(Enumerable.Repeat("From: a\n", 1_250)));
            data.Add(language, string.Concat(Enumerable.Repeat("🙂", 5_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("\uD83D", 10_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("?", 10_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("1 % ", 2_500)));
            data.Add(language, string.Concat(Enumerable.Repeat("\u0000\u0001\u001F", 3_333)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputsGiveABoundedAnswer(string language, string text)
    {
        Assert.True(text.Length <= 10_000);
        var result = Detector.Detect(text, language);
        Assert.NotEmpty(result.Asks);
        Assert.InRange(result.NewTextLength, 0, text.Length);
    }

    [Fact]
    public void NullAndEmptyAreOther()
    {
        Assert.Equal(["other"], Detector.Detect(null, "en").Names);
        Assert.Equal(["other"], Detector.Detect("", null).Names);
        Assert.Equal(0, Detector.Detect("", "cs").NewTextLength);
    }

    [Fact]
    public void UnknownLanguagesAreReadAsEnglish() =>
        Assert.Equal(Detector.Detect("Please reconsider.", "en").Names, Detector.Detect("Please reconsider.", "de").Names);

    [Fact]
    public void CzechRegionCodesAreCzech() =>
        Assert.Equal(["stay"], Detector.Detect("Prosím, zůstaňte.", "cs-CZ").Names);

    [Fact]
    public void ConcurrentCallsGiveTheSameResults()
    {
        string[] texts = ["Could you stay until March? Thanks for everything.", "Je to kvůli sazbě? Můžeme přidat 10 %.", "Why?", "Pošlete prosím zdrojové soubory."];
        string[] languages = ["en", "cs", "en", "cs"];
        var expected = texts.Select((t, i) => Detector.Detect(t, languages[i]).Names).ToArray();
        Parallel.For(0, 400, i => Assert.Equal(expected[i % 4], Detector.Detect(texts[i % 4], languages[i % 4]).Names));
    }

    public static TheoryData<string, string> Samples() => new()
    {
        { "en", "Hi Alex, please don't go. Is it the rate? We could pay 20% more, or stay until March and finish the app. " +
                "Could you also send the files, recommend someone and fix the invoice? Thanks for everything, good luck! " },
        { "cs", "Dobrý den, neodcházejte prosím. Je to kvůli sazbě? Můžeme přidat 20 %, nebo zůstaňte do března a dokončete aplikaci. " +
                "Pošlete prosím soubory, doporučte někoho a opravte fakturu. Děkujeme za všechno, ať se daří! " },
        { "en", "stay stay please don't never until until rate rate % % why why " },
    };

    /// <summary>The work (word comparisons, counted by the detector) grows linearly with the text: ten times the text
    /// takes at most eleven times the steps. Counting steps instead of timing keeps the test exact on a busy machine.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void WorkGrowsLinearly(string language, string sample)
    {
        var small = string.Concat(Enumerable.Repeat(sample, 1_000 / sample.Length + 1))[..1_000];
        var large = string.Concat(Enumerable.Repeat(sample, 10_000 / sample.Length + 1))[..10_000];
        long smallSteps = 0, largeSteps = 0;
        Detector.Detect(small, language, ref smallSteps);
        Detector.Detect(large, language, ref largeSteps);
        Assert.True(smallSteps > 1_000, $"{smallSteps} steps for 1,000 characters");
        Assert.True(largeSteps <= 11 * smallSteps, $"{largeSteps} steps for 10× the text vs {smallSteps}");
    }
}
