using System.Text.Json;
using CsCheck;
using OutlookExit.Core;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Robustness;

/// <summary>Properties of the hold-firm reply over generated requests whose client message is anything at all.</summary>
public class HoldFirmProperties
{
    private const long Samples = 3_000;
    private static readonly DateOnly ServerToday = new(2026, 11, 27);
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    /// <summary>Planted in the client's message: words, markup and secrets that must never come out anywhere.</summary>
    private static readonly string[] Planted =
    [
        "Wren-7731 says please stay", "<u class=\"x\">Wren-7731</u>", "<script>Wren7731()</script>", "password: Wren7731-Hunter2!",
        "sk_live_51Wren7731xQmZ2eZvKYlo2C8xQmZ2eZvKYlo2C", "ghp_Wren7731aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "&lt;b&gt;Wren-7731&lt;/b&gt;",
    ];

    /// <summary>A hold-firm request (user fields as arbitrary as every other generated request) with a message that has
    /// one planted item somewhere in it; asks detected, or overridden a third of the time.</summary>
    private static readonly Gen<(DraftRequest Request, string Planted)> HoldFirmRequest =
        from r in RequestGen.ValidRequest
        from message in RequestGen.ClientMessage
        from planted in Gen.OneOf(Planted)
        from at in Gen.Int[0, 100]
        from asks in Gen.Enum<ClientAsk>().Array[0, 4].Null(0.67)
        let cut = Math.Min(message.Length, at * message.Length / 100)
        let text = message[..cut] + " " + planted + " " + message[cut..]
        select (r with
        {
            Kind = DraftKind.HoldFirm,
            ClientMessage = text.Length <= 10_000 ? text : planted,
            ClientAsks = asks,
            Plan = (r.Plan ?? new TransitionPlan()) with { LastWorkingDay = r.Plan?.LastWorkingDay ?? r.Today },
        }, planted);

    private static string Print((DraftRequest Request, string Planted) t) => JsonSerializer.Serialize(t.Request, Json);

    [Fact]
    public void AnyClientMessageComposesAndNothingOfItComesOut()
    {
        var composed = 0;
        var checkedMarkers = 0;
        HoldFirmRequest.Sample(t =>
        {
            var outcome = DraftPipeline.Compose(t.Request, ServerToday);
            // The client's message is never an error and never a secret: only the user's own fields can be refused.
            Assert.IsNotType<DraftOutcome.Invalid>(outcome);
            if (outcome is DraftOutcome.SecretFound secret) { Assert.NotEqual("clientMessage", secret.Field); return; }
            var draft = Assert.IsType<DraftOutcome.Composed>(outcome).Draft;
            Interlocked.Increment(ref composed);
            var all = JsonSerializer.Serialize(draft, Json);
            // The marker is "Wren" + "7731"; the user's own random fields may hold "wren" or the digits by chance (they
            // are written into the reply, as they should be), so the marker is looked for only where they do not.
            var own = JsonSerializer.Serialize(t.Request with { ClientMessage = null }, Json);
            foreach (var marker in new[] { "Wren", "7731" })
            {
                if (own.Contains(marker, StringComparison.OrdinalIgnoreCase)) continue;
                Interlocked.Increment(ref checkedMarkers);
                Assert.DoesNotContain(marker, all, StringComparison.OrdinalIgnoreCase);
            }
            Assert.NotNull(draft.ClientAsks);
            Assert.NotEmpty(draft.ClientAsks!);
            Assert.Equal(draft.ClientAsks!.Order(), draft.ClientAsks);
        }, iter: Samples, print: Print);
        Assert.True(composed > Samples * 9 / 10, $"only {composed} of {Samples} requests composed");
        Assert.True(checkedMarkers > composed * 2 * 9 / 10, $"the markers were looked for only {checkedMarkers} times in {composed} replies");
    }

    [Fact]
    public void TheReplyIsDeterministicAndItsAsksAreTheDetectorsOrTheUsers()
    {
        HoldFirmRequest.Sample(t =>
        {
            var first = DraftPipeline.Compose(t.Request, ServerToday);
            var second = DraftPipeline.Compose(t.Request, ServerToday);
            Assert.Equal(JsonSerializer.Serialize(first, Json), JsonSerializer.Serialize(second, Json));
            if (first is not DraftOutcome.Composed c) return;
            Languages.TryNormalize(t.Request.Language, out var language);
            IEnumerable<ClientAsk> expected = t.Request.ClientAsks is { } given
                ? given.Count == 0 ? [ClientAsk.Other] : given.Distinct()
                : ClientAskDetector.Detect(t.Request.ClientMessage, language).Asks;
            Assert.Equal(expected.Order(), c.Draft.ClientAsks);
        }, iter: Samples, print: Print);
    }
}
