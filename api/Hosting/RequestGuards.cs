using System.Globalization;
using Microsoft.Net.Http.Headers;
using OutlookExit.Core.Validation;

namespace OutlookExit.Hosting;

/// <summary>Cheap checks of the request line and headers before anything else reads them: a Host header that is
/// not a host name, and request bodies in a charset other than UTF-8 (JSON is UTF-8: RFC 8259).
/// Both are the client's mistake: a 400 or 415 problem, logged at most once a minute.</summary>
public static class RequestGuards
{
    /// <summary>Adds the checks.</summary>
    public static WebApplication UseRequestGuards(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ThrottledLog>();
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Headers.ContainsKey(HeaderNames.Host) && !IsValidHost(request.Host.Value))
            {
                log.Warn("bad-host", "Refused a request whose Host header is not a host name.");
                await Write(context, StatusCodes.Status400BadRequest, "Problem.BadHost.Title", ProblemCode.HostInvalid, "Host");
                return;
            }
            if (request.ContentType is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var type)
                && type.Charset.HasValue && !IsUtf8(type.Charset.Value))
            {
                log.Warn("unsupported-charset", "Refused a request body in a charset other than UTF-8.");
                await Write(context, StatusCodes.Status415UnsupportedMediaType, "Problem.UnsupportedMediaType.Title", ProblemCode.ContentTypeCharset, "Content-Type");
                return;
            }
            await next(context);
        });
        return app;
    }

    private static bool IsUtf8(string? charset) =>
        charset?.Trim('"') is { } name && (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>host, host:port, IPv4, [IPv6] or [IPv6]:port, with a port of 1–65535.</summary>
    public static bool IsValidHost(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 255) return false;
        string host = value, port = "";
        if (value.StartsWith('['))
        {
            var end = value.IndexOf(']');
            if (end < 0) return false;
            host = value[1..end];
            var rest = value[(end + 1)..];
            if (rest.Length > 0) { if (rest[0] != ':') return false; port = rest[1..]; }
            if (Uri.CheckHostName(host) != UriHostNameType.IPv6) return false;
        }
        else
        {
            var colon = value.LastIndexOf(':');
            if (colon >= 0) { host = value[..colon]; port = value[(colon + 1)..]; }
            if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4)) return false;
        }
        return port.Length == 0 || (port.All(char.IsAsciiDigit) && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535);
    }

    private static Task Write(HttpContext context, int status, string titleKey, ProblemCode code, string field)
    {
        context.Response.StatusCode = status;
        var text = ProblemLanguage.For(context);
        return Results.Problem(Problems.FieldProblem(text, status, titleKey, text.Message(code), field, new FieldError(code))).ExecuteAsync(context);
    }
}
