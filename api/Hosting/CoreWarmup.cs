using OutlookExit.Core.Composition;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Core.Review.Tone;


namespace OutlookExit.Hosting;

/// <summary>Loads the core's tables (languages, wording, currencies, tone word lists, the client-ask rules and model) before the server
/// accepts requests, so no user's first request pays for them.</summary>
public sealed class CoreWarmup : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var language in Languages.Supported)
        {
            _ = Wording.For(language);
            _ = ToneChecker.Check("warm-up", language);
            _ = ClientAskDetector.Detect("Thank you. Could you stay one more month?", language);
        }
        _ = Currencies.TryNormalize("EUR", out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
