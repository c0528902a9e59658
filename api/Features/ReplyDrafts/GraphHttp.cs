using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>The HTTP client the Graph SDK uses: the SDK's own middleware (retry, redirect, telemetry…) with a
/// retry policy that is bounded and safe for the non-idempotent createReply.</summary>
public static class GraphHttp
{
    /// <summary>Name of the <see cref="IHttpClientFactory"/> client. Tests replace its primary handler with a fake Graph.</summary>
    public const string ClientName = "graph";

    /// <summary>Registers the named client.</summary>
    public static IServiceCollection AddGraphHttp(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName)
            .ConfigureHttpClient((sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<GraphSettings>>().Value.TimeoutSeconds))
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in Middleware(sp.GetRequiredService<IOptions<GraphSettings>>().Value))
                    handlers.Add(handler);
            });
        return services;
    }

    /// <summary>The Graph SDK's default handlers with its retry handler configured by <see cref="RetryOption"/>.</summary>
    public static IList<DelegatingHandler> Middleware(GraphSettings settings)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        for (var i = 0; i < handlers.Count; i++)
            if (handlers[i] is RetryHandler) handlers[i] = new RetryHandler(RetryOption(settings));
        return handlers;
    }

    /// <summary>At most <see cref="GraphSettings.MaxRetries"/> retries whose waits add up to at most
    /// <see cref="GraphSettings.RetryBudgetSeconds"/>; see <see cref="ShouldRetry"/> for which responses.</summary>
    public static RetryHandlerOption RetryOption(GraphSettings settings) => new()
    {
        MaxRetry = Math.Clamp(settings.MaxRetries, 0, 10),
        Delay = 1,
        RetriesTimeLimit = TimeSpan.FromSeconds(Math.Max(1, settings.RetryBudgetSeconds)),
        ShouldRetry = (_, _, response) => ShouldRetry(response),
    };

    /// <summary>The SDK retries 429, 503 and 504 for every method by default. A 504 (or a 503 without Retry-After)
    /// on a POST or PATCH may mean Graph did the work and only the answer was lost, so replaying createReply
    /// could make a second draft. Only a throttling answer that says when to come back proves the request was
    /// refused, so writes are retried only then; reads are retried on any of the three.</summary>
    public static bool ShouldRetry(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        var throttled = status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
        var safeToRepeat = response.RequestMessage?.Method is { } method && (method == HttpMethod.Get || method == HttpMethod.Head);
        if (safeToRepeat) return throttled || status == HttpStatusCode.GatewayTimeout;
        return throttled && response.Headers.RetryAfter is not null;
    }
}
