using StackExchange.Redis;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Configuration section <c>Redis</c>: how the shared store is reached. The connection string itself is
/// <c>ConnectionStrings:Redis</c>; these settings override whatever it says about failing and timeouts.</summary>
public sealed class RedisSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "Redis";

    /// <summary>How long one connection attempt may take, in milliseconds.</summary>
    public int ConnectTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>How long one command may take, in milliseconds.</summary>
    public int OperationTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Retry-After told to callers of reply drafts while Redis is unreachable, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}

/// <summary>The one Redis connection of the process. It never stops the process: an unreachable Redis at start or
/// later leaves the connection disconnected (AbortOnConnectFail=false) and reconnecting in the background, while
/// commands fail at once (BacklogPolicy.FailFast) instead of queuing until a timeout.</summary>
public static class RedisConnection
{
    /// <summary>The client options for <paramref name="connectionString"/> with <paramref name="settings"/> applied.</summary>
    public static ConfigurationOptions Options(string connectionString, RedisSettings settings)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Max(100, settings.ConnectTimeoutMilliseconds);
        options.SyncTimeout = Math.Max(100, settings.OperationTimeoutMilliseconds);
        options.AsyncTimeout = Math.Max(100, settings.OperationTimeoutMilliseconds);
        options.ConnectRetry = 1;
        // Reconnect quickly after a blip: first retry after 500 ms, then backing off to 5 s.
        options.ReconnectRetryPolicy = new ExponentialRetry(500, 5000);
        return options;
    }

    /// <summary>Connects (or starts trying to); returns even when Redis is unreachable.</summary>
    public static IConnectionMultiplexer Connect(string connectionString, RedisSettings settings) =>
        ConnectionMultiplexer.Connect(Options(connectionString, settings));
}

/// <summary>The store of idempotency records cannot be reached: no draft can be made safely.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
