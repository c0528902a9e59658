using System.Globalization;
using CsCheck;
using OutlookExit.Core.Review.ClientAsks;
using Detector = OutlookExit.Core.Review.ClientAsks.ClientAskDetector;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The statistical layer (<see cref="ClientAskModel"/>): what it adds beside the rules, what it must not add,
/// and that it is deterministic, never throws and ships well-formed weights.</summary>
public class ClientAsksModelTests
{
    private static string Names(IEnumerable<ClientAsk> asks) => string.Join(",", asks.Order().Select(ClientAskNames.Name));

    private static float ScoreOf(string message, string language, ClientAsk ask)
    {
        var (text, czech, _, _) = Detector.Inspect(message, language);
        Span<float> scores = stackalloc float[ClientAskModel.Columns];
        ClientAskModel.Shipped(czech)!.Score(text, czech, scores);
        return scores[Array.IndexOf(ClientAskModel.Asks, ask)];
    }

    // English messages of our own whose ask the rules do not find (they give "other") and the model adds.
    [Theory]
    [InlineData("Hi,\n\nOne last favour: the annual report still needs its charts. Could those be done before the 18th?\n\nLisa", "extraWork")]
    [InlineData("Hi,\n\nOne more thing: the product photos for the catalogue still need retouching. Could those be done before you leave?\n\nLisa", "extraWork")]
    public void EnglishModelAddsAnAskTheRulesMiss(string message, string expected)
    {
        var (_, _, rules, _) = Detector.Inspect(message, "en");
        Assert.Equal("other", Names(rules));
        Assert.Equal(expected, string.Join(",", Detector.Detect(message, "en").Names));
    }

    // Negated or declined look-alikes: the rules rule the ask out and the model must not bring it back.
    [Theory]
    [InlineData("Hi,\n\nThe annual report charts do not need to be done before you leave, the agency will do them.\n\nLisa", "extraWork")]
    [InlineData("Hi,\n\nWe won't ask you to stay, and we will not be offering a higher rate either. Please return the laptop by Friday.\n\nTom", "stay")]
    [InlineData("Hi,\n\nWe won't ask you to stay, and we will not be offering a higher rate either. Please return the laptop by Friday.\n\nTom", "moreMoney")]
    [InlineData("Hello,\n\nThere is no need to recommend anyone, we have already hired someone. Could you send the design files?\n\nKate", "replacement")]
    [InlineData("Hello,\n\nNo need to explain your reasons. Could you send the design files?\n\nKate", "why")]
    [InlineData("Hi,\n\nWe will not dispute the last invoice, it will be paid on Friday as usual.\n\nAnn", "invoice")]
    public void EnglishNegatedLookAlikesAreNotAdded(string message, string ask)
    {
        ClientAskNames.TryParse(ask, out var parsed);
        var (_, _, rules, _) = Detector.Inspect(message, "en");
        var found = Detector.Detect(message, "en").Asks;
        Assert.DoesNotContain(parsed, found);
        Assert.Equal(Names(rules), Names(found));
    }

    /// <summary>A model that scores every message far above the threshold for one ask and far below for the rest.</summary>
    private static ClientAskModel Always(ClientAsk ask)
    {
        var bias = Enumerable.Repeat(-50f, ClientAskModel.Columns).ToArray();
        bias[Array.IndexOf(ClientAskModel.Asks, ask)] = 50f;
        return new ClientAskModel(bias, Enumerable.Repeat(0f, ClientAskModel.Columns).ToArray(), []);
    }

    [Theory]
    [InlineData("We won't ask you to stay.", "stay")]
    [InlineData("Nobody here will ask you to reconsider, we understand.", "stay")]
    [InlineData("No need to explain why.", "why")]
    public void AnAskTheRulesRuledOutIsNotAddedHoweverHighTheModelScoresIt(string message, string ask)
    {
        ClientAskNames.TryParse(ask, out var parsed);
        var (_, _, rules, ruledOut) = Detector.Inspect(message, "en");
        Assert.NotEqual(0, ruledOut & (1 << (int)parsed));
        using (ClientAskModel.OverrideScope(Always(parsed), null))
            Assert.Equal(Names(rules), Names(Detector.Detect(message, "en").Asks));
    }

    [Fact]
    public void AnAddedAskReplacesTheOtherFallbackButNotARealOther()
    {
        using (ClientAskModel.OverrideScope(Always(ClientAsk.Why), Always(ClientAsk.Why)))
        {
            foreach (var (message, language) in new[] { ("The weather is grey today.", "en"), ("Dnes je šedivo.", "cs") })
            {
                using (ClientAskModel.RulesOnlyScope())
                    Assert.Equal("other", string.Join(",", Detector.Detect(message, language).Names));
                Assert.Equal("why", string.Join(",", Detector.Detect(message, language).Names));
            }
            // A request for files is a real "other": it stays beside the added ask.
            Assert.Equal("why,other", string.Join(",", Detector.Detect("Please send us the source files.", "en").Names));
            // Empty input is "other" whatever the model says.
            Assert.Equal("other", string.Join(",", Detector.Detect("", "en").Names));
        }
    }

    // Czech messages of our own whose ask the rules do not find (they give "other") and the model adds: the layer is on
    // for Czech since the sixth set (README, "Statistical layer").
    [Theory]
    [InlineData("Co kdybychom Vám místo hodinové sazby platili pevně 20 hodin týdně, i když je nevyužijeme?", "moreMoney")]
    [InlineData("Faktura je na 12 400 Kč, v objednávce máme 10 000.", "invoice")]
    public void CzechModelAddsAnAskTheRulesMiss(string message, string expected)
    {
        Assert.True(ClientAskModel.EnabledCzech);
        var (_, _, rules, _) = Detector.Inspect(message, "cs");
        Assert.Equal("other", Names(rules));
        Assert.Equal(expected, string.Join(",", Detector.Detect(message, "cs").Names));
    }

    // Negated, declined or already settled look-alikes: the rules rule the ask out and the model must not bring it back.
    [Theory]
    [InlineData("Dobrý den,\n\ngrafy do výroční zprávy dělat nemusíte, udělá je agentura.\n\nLenka", "extraWork")]
    [InlineData("Dobrý den,\n\nnebudeme Vás přemlouvat, abyste zůstal, a vyšší sazbu nabízet nebudeme. Vraťte prosím notebook do pátku.\n\nTomáš", "stay")]
    [InlineData("Dobrý den,\n\nnebudeme Vás přemlouvat, abyste zůstal, a vyšší sazbu nabízet nebudeme. Vraťte prosím notebook do pátku.\n\nTomáš", "moreMoney")]
    [InlineData("Dobrý den,\n\nnikoho doporučovat nemusíte, už jsme někoho našli. Pošlete prosím zdrojové soubory?\n\nKateřina", "replacement")]
    [InlineData("Dobrý den,\n\nfakturu za listopad jsme uhradili včera. Děkujeme za spolupráci a přejeme hodně zdaru.\n\nS pozdravem\núčtárna", "invoice")]
    public void CzechNegatedLookAlikesAreNotAdded(string message, string ask)
    {
        ClientAskNames.TryParse(ask, out var parsed);
        var (_, _, rules, _) = Detector.Inspect(message, "cs");
        var found = Detector.Detect(message, "cs").Asks;
        Assert.DoesNotContain(parsed, found);
        Assert.Equal(Names(rules), Names(found));
    }

    // An acknowledgement beside a plea to stay, money or a later date is politeness by the label rule: the layer does not
    // make it acceptance either (ninth round), also in a message long enough for the lower thresholds.
    [Theory]
    [InlineData("Hi Sam,\n\nThanks for letting us know. Could you stay on until the end of March, so the new booking system is not launched without you around?\n\nTom", "en")]
    [InlineData("Hi Sam,\n\nUnderstood, thanks. We could offer you a higher day rate from January if that would keep you with us a bit longer.\n\nTom", "en")]
    [InlineData("Dobrý den,\n\nrozumím. Mohl byste ale zůstat až do konce března, než spustíme nový rezervační systém ve všech pobočkách?\n\nTomáš", "cs")]
    [InlineData("Dobrý den,\n\njasně, chápu. Zvýšili bychom Vám ale sazbu o deset procent, kdybyste s námi zůstal aspoň do léta.\n\nTomáš", "cs")]
    public void AnAcknowledgementBesideAKeepingAskIsNotMadeAcceptance(string message, string language)
    {
        Assert.True(Detector.Inspect(message, language).Text.Tokens.Count >= ClientAskModel.Shipped(language == "cs")!.LongWords);
        Assert.DoesNotContain(ClientAsk.Acceptance, Detector.Detect(message, language).Asks);
    }

    [Fact]
    public void TheShippedWeightsLoadAndRoundTrip()
    {
        foreach (var czech in new[] { false, true })
        {
            var model = ClientAskModel.Shipped(czech);
            Assert.NotNull(model);
            Assert.True(model.FeatureCount > 1000);
            // The floors: 3.5 for English since the seventh round, where the weights trained with validation7 at 3
            // changed a table row; 2.5 for Czech since the eighth round (2, chosen on validation6, changed a table row
            // once the weights were trained with validation8; README, "Statistical layer").
            Assert.All(model.Thresholds, t => Assert.True(t >= (czech ? 2.5f : 3.5f)));
            // Since the ninth round a message of at least 22 (English) / 16 (Czech) words may use lower thresholds, floored
            // at 1 / 0.5 (chosen leave-one-set-out on validation8 and validation9 with the rules from before each was read;
            // the shortest lengths at which every table row holds). Shorter messages keep the thresholds above.
            Assert.Equal(czech ? 16 : 22, model.LongWords);
            Assert.NotNull(model.LongThresholds);
            Assert.All(model.LongThresholds!, t => Assert.True(t >= (czech ? 0.5f : 1f)));
            Assert.Same(model.Thresholds, model.ThresholdsFor(model.LongWords - 1));
            Assert.Same(model.LongThresholds, model.ThresholdsFor(model.LongWords));
            var first = new StringWriter(CultureInfo.InvariantCulture);
            model.Write(first, "x");
            var again = new StringWriter(CultureInfo.InvariantCulture);
            ClientAskModel.Read(new StringReader(first.ToString())).Write(again, "x");
            Assert.Equal(first.ToString(), again.ToString());
        }
    }

    [Fact]
    public void MalformedWeightsAreRefused()
    {
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader("bias\t1\t2\n")));
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader("threshold\t3\t3\t3\t3\t3\t3\t3\t3\n")));
        const string head = "bias\t0\t0\t0\t0\t0\t0\t0\t0\nthreshold\t3\t3\t3\t3\t3\t3\t3\t3\n";
        Assert.Throws<InvalidOperationException>(() => ClientAskModel.Read(new StringReader(head + "5\t1\t1\t1\t1\t1\t1\t1\t1\n5\t1\t1\t1\t1\t1\t1\t1\t1\n")));
        Assert.Throws<InvalidOperationException>(() => ClientAskModel.Read(new StringReader(head + "999999999\t1\t1\t1\t1\t1\t1\t1\t1\n")));
        // The long-message thresholds come with their word count, and the count is a positive number.
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader(head + "long-words\t20\n")));
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader(head + "threshold-long\t1\t1\t1\t1\t1\t1\t1\t1\n")));
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader(head + "long-words\t0\nthreshold-long\t1\t1\t1\t1\t1\t1\t1\t1\n")));
        Assert.Throws<InvalidDataException>(() => ClientAskModel.Read(new StringReader(head + "long-words\tx\nthreshold-long\t1\t1\t1\t1\t1\t1\t1\t1\n")));
        var both = ClientAskModel.Read(new StringReader(head + "long-words\t20\nthreshold-long\t1\t1\t1\t1\t1\t1\t1\t1\n"));
        Assert.Equal(20, both.LongWords);
        Assert.Equal(3f, both.ThresholdsFor(19)[0]);
        Assert.Equal(1f, both.ThresholdsFor(20)[0]);
    }

    [Theory]
    [InlineData("not", false, true)]
    [InlineData("won't", false, true)]
    [InlineData("note", false, false)]
    [InlineData("nechceme", true, true)]
    [InlineData("nejsme", true, true)]
    [InlineData("nejlepsi", true, false)]
    [InlineData("neco", true, false)]
    [InlineData("nebo", true, false)]
    public void NegationWords(string word, bool czech, bool negation) =>
        Assert.Equal(negation, ClientAskModel.IsNegation(word, czech));

    private struct Counter : ClientAskModel.IFeatureSink
    {
        public int Count;
        public void Add(int bucket)
        {
            Assert.InRange(bucket, 0, ClientAskModel.Buckets - 1);
            Count++;
        }
    }

    private static readonly string[] Fragments =
        ["please ", "stay ", "don't ", "not ", "ne ", "zůstaňte ", "nechceme ", "invoice ", "faktura ", "?", ".", ",", "\n",
         "> ", "-- \n", "1 ", "🙂", "\uD83D", "\u0000"];

    [Fact]
    public void ModelIsDeterministicNeverThrowsAndHasAtMostThreeFeaturesPerWord()
    {
        var anyString = Gen.OneOf(
            Gen.String,
            Gen.Char.Array[0, 300].Select(c => new string(c)),
            Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Fragments[i]))));
        Gen.Select(anyString, Gen.Bool).Sample((text, czech) =>
        {
            var language = czech ? "cs" : "en";
            var (scanned, isCzech, _, _) = Detector.Inspect(text, language);
            var counter = new Counter();
            ClientAskModel.Visit(scanned, isCzech, ref counter);
            Span<float> a = stackalloc float[ClientAskModel.Columns], b = stackalloc float[ClientAskModel.Columns];
            ClientAskModel.Shipped(isCzech)!.Score(scanned, isCzech, a);
            ClientAskModel.Shipped(isCzech)!.Score(scanned, isCzech, b);
            var first = Detector.Detect(text, language);
            return counter.Count <= 3 * scanned.Tokens.Count && a.SequenceEqual(b) && !float.IsNaN(a[0]) &&
                   first.Asks.SetEquals(Detector.Detect(text, language).Asks) && first.Asks.Count >= 1;
        }, iter: 2_000);
    }

    [Fact]
    public void RulesOnlyScopeTurnsTheLayerOffAndRestoresIt()
    {
        const string message = "Hi,\n\nOne last favour: the annual report still needs its charts. Could those be done before the 18th?\n\nLisa";
        using (ClientAskModel.RulesOnlyScope())
            Assert.Equal("other", string.Join(",", Detector.Detect(message, "en").Names));
        Assert.Equal("extraWork", string.Join(",", Detector.Detect(message, "en").Names));
    }
}
