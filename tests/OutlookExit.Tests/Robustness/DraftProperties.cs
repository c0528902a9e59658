using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Robustness;

/// <summary>Properties of the core over 10,000 generated requests or texts each.</summary>
public partial class DraftProperties
{
    private const long Samples = 10_000;
    private static readonly DateOnly ServerToday = new(2026, 11, 27);
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    private static DraftResponse? Composed(DraftRequest request) => DraftPipeline.Compose(request, ServerToday) switch
    {
        DraftOutcome.Composed c => c.Draft,
        DraftOutcome.SecretFound => null,
        DraftOutcome.Invalid invalid => throw new Xunit.Sdk.XunitException(
            "A valid request was refused: " + string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {e.Value[0]}"))),
        var other => throw new Xunit.Sdk.XunitException($"Unexpected outcome {other}"),
    };

    private static string Print(DraftRequest request) => JsonSerializer.Serialize(request, Json);

    [Fact]
    public void EveryValidRequestComposesWithoutThrowing()
    {
        var composed = 0;
        RequestGen.ValidRequest.Sample(request =>
        {
            if (Composed(request) is { } draft)
            {
                Interlocked.Increment(ref composed);
                Assert.False(string.IsNullOrWhiteSpace(draft.Text));
                Assert.DoesNotContain('\r', draft.Subject);
                Assert.DoesNotContain('\n', draft.Subject);
            }
        }, iter: Samples, print: Print);
        // Random text rarely looks like a secret: a property that composes nothing proves nothing.
        Assert.True(composed > Samples * 9 / 10, $"only {composed} of {Samples} requests composed");
    }

    [GeneratedRegex("<(?:/?(?:p|ul|li|strong)|br)>")]
    private static partial Regex AllowedTag();

    [GeneratedRegex("&(?!(?:amp|lt|gt|quot|#39);)")]
    private static partial Regex BareAmpersand();

    [Fact]
    public void UserTextIsAlwaysEncodedInTheHtml()
    {
        var composed = 0;
        RequestGen.ValidRequest.Sample(request =>
        {
            if (Composed(request) is not { } draft) return;
            Interlocked.Increment(ref composed);
            var withoutTags = AllowedTag().Replace(draft.Html, "");
            // Only p, ul, li, strong and br, without attributes: any other '<' or '>' came from the user unencoded.
            Assert.DoesNotContain('<', withoutTags);
            Assert.DoesNotContain('>', withoutTags);
            Assert.DoesNotContain('"', withoutTags);
            Assert.False(BareAmpersand().IsMatch(withoutTags), "an '&' that starts no entity");
        }, iter: Samples, print: Print);
        Assert.True(composed > Samples * 9 / 10, $"only {composed} of {Samples} requests composed");
    }

    [Fact]
    public void TheSameRequestGivesByteIdenticalOutput()
    {
        RequestGen.ValidRequest.Sample(request =>
        {
            var first = DraftPipeline.Compose(request, ServerToday);
            var second = DraftPipeline.Compose(request, ServerToday);
            Assert.Equal(JsonSerializer.Serialize(first, Json), JsonSerializer.Serialize(second, Json));
        }, iter: Samples, print: Print);
    }

    [Fact]
    public void DraftFindingsPointInsideTheFieldTheyName()
    {
        var composed = 0;
        RequestGen.ValidRequest.Sample(request =>
        {
            if (Composed(request) is not { } draft) return;
            Interlocked.Increment(ref composed);
            var fields = PlanValidator.Validate(request, ServerToday).Texts.Where(t => t.IsProse).ToDictionary(t => t.Field, t => t.Text);
            foreach (var f in draft.Findings.Where(f => f.Category != "plan"))
            {
                Assert.True(fields.TryGetValue(f.Field!, out var text), $"finding in unknown field {f.Field}");
                Assert.InRange(f.Start, 0, text.Length);
                Assert.InRange(f.Length, 1, text.Length - f.Start);
            }
        }, iter: Samples, print: Print);
        Assert.True(composed > Samples * 9 / 10, $"only {composed} of {Samples} requests composed");
    }

    [Fact]
    public void ToneFindingsAlwaysLieInsideTheText()
    {
        Gen.Select(RequestGen.ToneText, Gen.OneOf("en", "cs")).Sample((text, language) =>
        {
            var findings = ToneChecker.Check(text, language, "personalNote");
            foreach (var f in findings)
            {
                Assert.InRange(f.Start, 0, text.Length);
                Assert.InRange(f.Length, 1, text.Length - f.Start);
                // Never the middle of a surrogate pair: the pane underlines whole characters.
                Assert.False(char.IsLowSurrogate(text[f.Start]), "starts inside a surrogate pair");
                var secrets = findings.Where(g => g.Category == "secret" && g.Start < f.Start + f.Length && f.Start < g.Start + g.Length).ToList();
                if (f.Category == "secret") Assert.DoesNotContain(text.Substring(f.Start, f.Length), f.Excerpt);
                // A finding whose words run over a secret shows the secret masked; any other shows its words as typed.
                else if (secrets.Count == 0) Assert.Equal(text.Substring(f.Start, f.Length), f.Excerpt);
                else foreach (var g in secrets) Assert.DoesNotContain(text.Substring(g.Start, g.Length), f.Excerpt);
            }
        }, iter: Samples, print: t => $"{t.Item2}: {JsonSerializer.Serialize(t.Item1)}");
    }

    [Fact]
    public void IsoDatesParseExactlyAsTheFrameworkDoes()
    {
        var chars = Gen.OneOf("0123456789-".ToCharArray().Select(c => Gen.Const(c)).Concat([Gen.Char]).ToArray());
        var texts = Gen.Frequency(
            (1, chars.Array[10].Select(c => new string(c))),
            (3, Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:0000}-{m:00}-{d:00}")));
        texts.Sample(text =>
        {
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date);
            var ok = StrictDateOnlyConverter.TryParseIso(System.Text.Encoding.UTF8.GetBytes(text), out var parsed);
            Assert.Equal(expected, ok);
            if (ok) Assert.Equal(date, parsed);
        }, iter: Samples);
    }
}
