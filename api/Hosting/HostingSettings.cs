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

/// <summary>Configuration section <c>Cors</c>.</summary>
public sealed class CorsSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "Cors";
    /// <summary>Origins allowed to call the API from a browser besides its own; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>Rate limit per client address (configuration section <c>RateLimit</c>).</summary>
public sealed class RateLimitSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "RateLimit";
    /// <summary>Requests allowed per window.</summary>
    public int PermitsPerWindow { get; set; } = 120;
    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
