using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace OutlookExit.Hosting;

/// <summary>Who a request is counted against, the limiters, and which proxies may say where a request came from.</summary>
public static class RateLimits
{
    /// <summary>Name of the rate-limiting policy applied to the /api group.</summary>
    public const string Policy = "api";

    /// <summary>Registers the per-caller policy, the global concurrency limiter and the forwarded-headers options.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section)
            .Validate(s => s.PermitsPerWindow > 0 && s.UserPermitsPerWindow > 0 && s.WindowSeconds > 0 && s.MaxConcurrentRequests > 0 && s.ConcurrencyQueueLimit >= 0,
                "RateLimit:PermitsPerWindow, UserPermitsPerWindow, WindowSeconds and MaxConcurrentRequests must be greater than 0, ConcurrencyQueueLimit at least 0.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(s => s.KnownProxies.All(p => string.IsNullOrWhiteSpace(p) || IPAddress.TryParse(p.Trim(), out _))
                    && s.KnownNetworks.All(n => string.IsNullOrWhiteSpace(n) || System.Net.IPNetwork.TryParse(n.Trim(), out _))
                    && s.ForwardLimit > 0,
                "ForwardedHeaders:KnownProxies must be IP addresses, ForwardedHeaders:KnownNetworks CIDR networks (10.0.0.0/24), ForwardLimit greater than 0.")
            .ValidateOnStart();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
                var (partition, permits) = PartitionOf(context) is { } user
                    ? (user, settings.UserPermitsPerWindow)
                    : ("address:" + AddressKey(context.Connection.RemoteIpAddress), settings.PermitsPerWindow);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            // One gate for the whole process; the health endpoints stay outside it so monitoring sees the truth.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("health");
                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
                return RateLimitPartition.GetConcurrencyLimiter("process", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.MaxConcurrentRequests,
                    QueueLimit = settings.ConcurrencyQueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
            o.OnRejected = async (context, token) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
                var seconds = retry is { } r ? Math.Max(1, (int)Math.Ceiling(r.TotalSeconds)) : 1;
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                // No Retry-After in the lease: the concurrency gate is full, not the caller's own budget.
                var busy = retry is null;
                await Results.Problem(RejectedDetails(ProblemLanguage.For(http), busy, seconds)).ExecuteAsync(http);
            };
        });
        return services;
    }

    /// <summary>The `type` of a 429 problem: the RFC that defines the status.</summary>
    public const string TooManyRequestsType = "https://www.rfc-editor.org/rfc/rfc6585#section-4";

    /// <summary>The 429 (the caller's own budget is spent) or 503 (<paramref name="busy"/>: the process-wide gate
    /// is full) problem, with <paramref name="seconds"/> to wait (also sent as Retry-After).</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails RejectedDetails(OutlookExit.Core.Validation.ProblemText text, bool busy, int seconds) => new()
    {
        Status = busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests,
        // The framework has no default type for 429; RFC 6585 defines the status.
        Type = busy ? null : TooManyRequestsType,
        Title = text.Text(busy ? "Problem.Busy.Title" : "Problem.TooManyRequests.Title"),
        Detail = text.Text("Problem.RetryIn.Detail", ("seconds", seconds)),
    };

    /// <summary>Forwarded headers from configured proxies only (first in the pipeline), so that the address the
    /// limiter counts and the scheme HTTPS redirection sees are the client's. Without configured proxies the
    /// middleware is not added: X-Forwarded-For from anyone is ignored.</summary>
    public static WebApplication UseTrustedForwardedHeaders(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        var proxies = settings.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => IPAddress.Parse(p.Trim())).ToList();
        var networks = settings.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => System.Net.IPNetwork.Parse(n.Trim())).ToList();
        if (proxies.Count == 0 && networks.Count == 0) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = settings.ForwardLimit,
        };
        // The framework trusts loopback by default; only what is configured is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>Rate limiting; after authentication, so that a validated token's user is known.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>`user:{tid}:{oid}` for a caller whose token passed validation; null for everyone else (an
    /// unvalidated token's claims are never read).</summary>
    public static string? PartitionOf(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        var tid = user.FindFirst("tid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
        var oid = user.FindFirst("oid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value;
        return string.IsNullOrEmpty(tid) || string.IsNullOrEmpty(oid) ? null : $"user:{tid}:{oid}";
    }

    /// <summary>IPv4 as is (IPv4-mapped IPv6 too); IPv6 grouped by its /64, which one site usually gets whole.</summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }
}
