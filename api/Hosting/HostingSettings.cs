namespace OutlookExit.Hosting;

/// <summary>Configuration section <c>RequestTimeouts</c>: how long a request may take.</summary>
public sealed class RequestTimeoutSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "RequestTimeouts";
    /// <summary>Every endpoint, in seconds.</summary>
    public int DefaultSeconds { get; set; } = 10;
    /// <summary>Endpoints that wait on another service (Graph), in seconds.</summary>
    public int LongSeconds { get; set; } = 30;
}

/// <summary>Configuration section <c>RequestBody</c>: how slowly a client may send a body before Kestrel cuts the
/// connection (a body trickled at a few bytes a second would otherwise hold a connection for minutes).</summary>
public sealed class RequestBodySettings
{
    /// <summary>Section name.</summary>
    public const string Section = "RequestBody";
    /// <summary>Slowest accepted average rate, in bytes per second (a 64 KiB body then takes at most about a minute).</summary>
    public int MinBytesPerSecond { get; set; } = 1024;
    /// <summary>Time allowed before the rate is enforced, in seconds.</summary>
    public int GraceSeconds { get; set; } = 5;
}

/// <summary>Configuration section <c>Cors</c>.</summary>
public sealed class CorsSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "Cors";
    /// <summary>Origins allowed to call the API from a browser besides its own; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>Rate limits (configuration section <c>RateLimit</c>). Signed-in callers are counted per user
/// (tenant + object id of the validated token), everyone else per client address, with IPv6 addresses grouped
/// by their /64 (one household or office gets one /64). A global concurrency limit protects the process.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "RateLimit";
    /// <summary>Requests allowed per window from one address without a valid sign-in. One person typing in the pane
    /// sends about 45 drafts requests a minute, so 1,200 lets more than 20 people share an office NAT.</summary>
    public int PermitsPerWindow { get; set; } = 1200;
    /// <summary>Requests allowed per window for one signed-in user, wherever they connect from.</summary>
    public int UserPermitsPerWindow { get; set; } = 240;
    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
    /// <summary>Requests the whole process works on at once; more wait in a queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 256;
    /// <summary>Requests that may wait for a free slot; beyond it the answer is 503 with Retry-After.</summary>
    public int ConcurrencyQueueLimit { get; set; } = 512;
}

/// <summary>Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose X-Forwarded-For and
/// X-Forwarded-Proto are believed. Empty (the default): the headers are ignored, whoever sends them.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "ForwardedHeaders";
    /// <summary>Addresses of trusted proxies ("10.0.0.4", "2001:db8::4").</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>Networks of trusted proxies in CIDR form ("10.0.0.0/24").</summary>
    public string[] KnownNetworks { get; set; } = [];
    /// <summary>How many proxy hops to unwind from the right of X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;
}
