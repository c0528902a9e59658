using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Net.Http.Headers;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Turns what can go wrong on the way to Graph into problem details the pane can act on.
/// Nothing Graph or Entra ID said is echoed: their messages can contain tokens, ids and stack traces.</summary>
public static class GraphFailures
{
    /// <summary>Retry-After given to the caller when Graph throttled without saying for how long.</summary>
    public const int DefaultRetryAfterSeconds = 10;

    /// <summary>The problem for <paramref name="exception"/>, with headers set on <paramref name="response"/>;
    /// null for failures that are not about Graph or tokens (they stay bugs and reach the exception handler).</summary>
    public static ProblemHttpResult? ToProblem(Exception exception, HttpResponse response, ILogger logger, ProblemText? text = null)
    {
        var t = text ?? ProblemLanguage.For(response.HttpContext);
        switch (exception)
        {
            case MicrosoftIdentityWebChallengeUserException challenge:
                return Consent(challenge.MsalUiRequiredException, challenge.Scopes, response, logger, t);
            case MsalUiRequiredException uiRequired:
                return Consent(uiRequired, GraphSettings.Scopes, response, logger, t);
            case MsalException msal:
                logger.LogWarning("Token acquisition for Graph failed: {ErrorCode}", msal.ErrorCode);
                return Problem(t, "GraphSignIn");
            case AggregateException aggregate when aggregate.InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last:
                // The SDK's retry handler gave up: the last answer is what counts.
                return FromGraph(last, response, logger, t);
            case ApiException api:
                return FromGraph(api, response, logger, t);
            case GraphContractException:
                logger.LogWarning("Graph answered createReply without a draft id");
                return Problem(t, "GraphUnexpected");
            case TaskCanceledException or TimeoutException:
                logger.LogWarning("Graph did not answer in time");
                return Problem(t, "GraphTimeout");
            case HttpRequestException http:
                logger.LogWarning("Graph could not be reached: {Error}", http.HttpRequestError);
                return Problem(t, "GraphUnreachable");
            default:
                return null;
        }
    }

    private static ProblemHttpResult FromGraph(ApiException api, HttpResponse response, ILogger logger, ProblemText t)
    {
        var status = api.ResponseStatusCode;
        var code = (api as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code;
        logger.LogWarning("Graph answered {Status} {Code}", status, code);
        if (status == StatusCodes.Status404NotFound || code is "ErrorItemNotFound" or "ErrorInvalidIdMalformed")
            return TypedResults.Problem(NotFoundDetails(t));
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            var seconds = RetryAfterSeconds(api.ResponseHeaders);
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(ThrottledDetails(t, status, seconds));
        }
        return TypedResults.Problem(RefusedDetails(t, status));
    }

    /// <summary>The 404 answered when Graph does not find the message to reply to.</summary>
    public static ProblemDetails NotFoundDetails(ProblemText t) => Problems.Plain(t, StatusCodes.Status404NotFound, "MessageNotFound");

    /// <summary>The 429 or 503 answered when Graph throttles beyond the retry budget (Retry-After: <paramref name="seconds"/>).</summary>
    public static ProblemDetails ThrottledDetails(ProblemText t, int status, int seconds)
    {
        var throttled = status == StatusCodes.Status429TooManyRequests;
        var p = Problems.Plain(t, status, throttled ? "GraphThrottled" : "GraphUnavailable", ("seconds", seconds));
        if (throttled) p.Type = RateLimits.TooManyRequestsType;
        return p;
    }

    /// <summary>The 403 consent challenge's body (the WWW-Authenticate header carries the same scopes and claims).</summary>
    public static ProblemDetails ConsentDetails(ProblemText t, string[] scopes, string? claims)
    {
        var p = Problems.Plain(t, StatusCodes.Status403Forbidden, "Consent");
        p.Extensions["proposedAction"] = "consent";
        p.Extensions["scopes"] = scopes;
        p.Extensions["claims"] = claims;
        return p;
    }

    /// <summary>The 502 answered when Graph refuses the request with another status.</summary>
    public static ProblemDetails RefusedDetails(ProblemText t, int graphStatus) =>
        Problems.Plain(t, StatusCodes.Status502BadGateway, "GraphRefused", ("status", graphStatus.ToString(CultureInfo.InvariantCulture)));

    private static int RetryAfterSeconds(IDictionary<string, IEnumerable<string>> headers)
    {
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, HeaderNames.RetryAfter, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null) return DefaultRetryAfterSeconds;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return Math.Clamp(seconds, 1, 3600);
        if (RetryConditionHeaderValue.TryParse(value, out var parsed) && parsed.Date is { } date)
            return Math.Clamp((int)Math.Ceiling((date - DateTimeOffset.UtcNow).TotalSeconds), 1, 3600);
        return DefaultRetryAfterSeconds;
    }

    /// <summary>403 with the challenge Microsoft.Identity.Web's web API helper would send, as problem details:
    /// the pane asks the user for consent (or satisfies the claims challenge) and calls again.</summary>
    private static ProblemHttpResult Consent(MsalUiRequiredException exception, IEnumerable<string>? requested, HttpResponse response, ILogger logger, ProblemText t)
    {
        logger.LogInformation("Graph needs user interaction: {ErrorCode}", exception.ErrorCode);
        var scopes = (requested ?? GraphSettings.Scopes).ToArray();
        var claims = string.IsNullOrWhiteSpace(exception.Claims) ? null : exception.Claims;
        var parameters = new List<string>
        {
            "error=\"insufficient_claims\"",
            $"scopes=\"{string.Join(",", scopes)}\"",
            "proposedAction=\"consent\"",
        };
        // A claims challenge is JSON; base64 keeps its quotes out of the header's quoted-string.
        if (claims is not null) parameters.Add($"claims=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(claims))}\"");
        response.Headers.WWWAuthenticate = "Bearer " + string.Join(", ", parameters);
        return TypedResults.Problem(ConsentDetails(t, scopes, claims));
    }

    private static ProblemHttpResult Problem(ProblemText t, string key) =>
        TypedResults.Problem(Problems.Plain(t, StatusCodes.Status502BadGateway, key));
}
