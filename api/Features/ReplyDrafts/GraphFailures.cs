using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Net.Http.Headers;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Turns what can go wrong on the way to Graph into problem details the pane can act on.
/// Nothing Graph or Entra ID said is echoed: their messages can contain tokens, ids and stack traces.</summary>
public static class GraphFailures
{
    /// <summary>Retry-After given to the caller when Graph throttled without saying for how long.</summary>
    public const int DefaultRetryAfterSeconds = 10;

    /// <summary>The problem for <paramref name="exception"/>, with headers set on <paramref name="response"/>;
    /// null for failures that are not about Graph or tokens (they stay bugs and reach the exception handler).</summary>
    public static ProblemHttpResult? ToProblem(Exception exception, HttpResponse response, ILogger logger)
    {
        switch (exception)
        {
            case MicrosoftIdentityWebChallengeUserException challenge:
                return Consent(challenge.MsalUiRequiredException, challenge.Scopes, response, logger);
            case MsalUiRequiredException uiRequired:
                return Consent(uiRequired, GraphSettings.Scopes, response, logger);
            case MsalException msal:
                logger.LogWarning("Token acquisition for Graph failed: {ErrorCode}", msal.ErrorCode);
                return Problem(StatusCodes.Status502BadGateway, "Could not sign in to Microsoft Graph",
                    "Microsoft Entra ID did not issue a Microsoft Graph token for your account. Try again later; if it keeps failing, the server's app registration needs attention.");
            case AggregateException aggregate when aggregate.InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last:
                // The SDK's retry handler gave up: the last answer is what counts.
                return FromGraph(last, response, logger);
            case ApiException api:
                return FromGraph(api, response, logger);
            case GraphContractException:
                logger.LogWarning("Graph answered createReply without a draft id");
                return Problem(StatusCodes.Status502BadGateway, "Microsoft Graph gave an unexpected answer",
                    "The draft could not be created. Try again.");
            case TaskCanceledException or TimeoutException:
                logger.LogWarning("Graph did not answer in time");
                return Problem(StatusCodes.Status502BadGateway, "Microsoft Graph did not answer in time",
                    "The draft may not have been created. Try again with the same Idempotency-Key.");
            case HttpRequestException http:
                logger.LogWarning("Graph could not be reached: {Error}", http.HttpRequestError);
                return Problem(StatusCodes.Status502BadGateway, "Microsoft Graph could not be reached", "Try again in a moment.");
            default:
                return null;
        }
    }

    private static ProblemHttpResult FromGraph(ApiException api, HttpResponse response, ILogger logger)
    {
        var status = api.ResponseStatusCode;
        var code = (api as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code;
        logger.LogWarning("Graph answered {Status} {Code}", status, code);
        if (status == StatusCodes.Status404NotFound || code is "ErrorItemNotFound" or "ErrorInvalidIdMalformed")
            return TypedResults.Problem(NotFoundDetails());
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            var seconds = RetryAfterSeconds(api.ResponseHeaders);
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(ThrottledDetails(status, seconds));
        }
        return TypedResults.Problem(RefusedDetails(status));
    }

    /// <summary>The 404 answered when Graph does not find the message to reply to.</summary>
    public static ProblemDetails NotFoundDetails() => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Message not found",
        Detail = "The message to reply to does not exist in your mailbox (it may have been moved or deleted). Open it again and retry.",
    };

    /// <summary>The 429 or 503 answered when Graph throttles beyond the retry budget (Retry-After: <paramref name="seconds"/>).</summary>
    public static ProblemDetails ThrottledDetails(int status, int seconds) => new()
    {
        Status = status,
        Type = status == StatusCodes.Status429TooManyRequests ? Hosting.RateLimits.TooManyRequestsType : null,
        Title = status == StatusCodes.Status429TooManyRequests ? "Microsoft Graph is throttling requests" : "Microsoft Graph is unavailable",
        Detail = $"No draft was created. Try again in {seconds} s with the same Idempotency-Key.",
    };

    /// <summary>The 403 consent challenge's body (the WWW-Authenticate header carries the same scopes and claims).</summary>
    public static ProblemDetails ConsentDetails(string[] scopes, string? claims) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Consent to Microsoft Graph is needed",
        Detail = "Allow OutlookExit to read and write your mail (Mail.ReadWrite) when asked, then try again.",
        Extensions =
        {
            ["proposedAction"] = "consent",
            ["scopes"] = scopes,
            ["claims"] = claims,
        },
    };

    /// <summary>The 502 answered when Graph refuses the request with another status.</summary>
    public static ProblemDetails RefusedDetails(int graphStatus) => new()
    {
        Status = StatusCodes.Status502BadGateway,
        Title = "Microsoft Graph refused the request",
        Detail = $"Microsoft Graph answered {graphStatus}. No draft was created.",
    };

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
    private static ProblemHttpResult Consent(MsalUiRequiredException exception, IEnumerable<string>? requested, HttpResponse response, ILogger logger)
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
        return TypedResults.Problem(ConsentDetails(scopes, claims));
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
