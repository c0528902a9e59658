using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>What is remembered about one Idempotency-Key of one user.</summary>
/// <param name="RequestHash">Hash of the request that claimed the key.</param>
/// <param name="Draft">The answer, once the draft exists; null while the first request is still working.</param>
public sealed record IdempotencyRecord(string RequestHash, ReplyDraftResponse? Draft);

/// <summary>Where idempotency records live: the one seam of <see cref="ReplyDraftIdempotency"/>. Chosen once at
/// registration: <see cref="MemoryIdempotencyRecords"/> for one instance, <see cref="RedisIdempotencyRecords"/>
/// when instances share a Redis.</summary>
public interface IIdempotencyRecords
{
    /// <summary>The record for <paramref name="scopedKey"/>, if any.</summary>
    Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="claim"/> only if the key has no record; false when someone else holds it.</summary>
    Task<bool> TryClaimAsync(string scopedKey, IdempotencyRecord claim, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="record"/> for the key, replacing what was there.</summary>
    Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Removes the key's record.</summary>
    Task ForgetAsync(string scopedKey);
}

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencySettings
{
    /// <summary>Section name.</summary>
    public const string Section = "Idempotency";

    /// <summary>How long a claim outlives a process that died mid-request, in seconds; a retry meanwhile is told to
    /// wait (409 with Retry-After) unless the mailbox already holds the draft. Longer than one Graph call may take.</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>Most records kept in memory when there is no Redis; the oldest go first beyond it.</summary>
    public int MaxRecordsInMemory { get; set; } = 10_000;
}

/// <summary>Records in this process's memory, bounded in number (<see cref="IdempotencySettings.MaxRecordsInMemory"/>)
/// as well as in time. The claim needs no atomic store: within one process the caller already holds the key's lock.
/// A record evicted early costs nothing but a mailbox lookup: the draft itself carries the key.</summary>
public sealed class MemoryIdempotencyRecords : IIdempotencyRecords, IDisposable
{
    private readonly Microsoft.Extensions.Caching.Memory.MemoryCache _cache;

    /// <summary>A store of at most <paramref name="maxRecords"/> records.</summary>
    public MemoryIdempotencyRecords(int maxRecords, TimeProvider? clock = null)
    {
        var options = new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, maxRecords),
            CompactionPercentage = 0.1,
        };
        if (clock is not null) options.Clock = new ClockAdapter(clock);
        _cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(options);
    }

    /// <summary>For dependency injection.</summary>
    public MemoryIdempotencyRecords(Microsoft.Extensions.Options.IOptions<IdempotencySettings> settings) : this(settings.Value.MaxRecordsInMemory)
    {
    }

    /// <summary>Records held now.</summary>
    public int Count => _cache.Count;

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken) =>
        Task.FromResult(_cache.TryGetValue(scopedKey, out byte[]? bytes) ? RecordJson.Read(bytes) : null);

    /// <inheritdoc/>
    public async Task<bool> TryClaimAsync(string scopedKey, IdempotencyRecord claim, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await SetAsync(scopedKey, claim, lifetime, cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var bytes = RecordJson.Write(record);
        var entry = new Microsoft.Extensions.Caching.Memory.MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 };
        _cache.Set(scopedKey, bytes, entry);
        // Over the limit the cache refuses the entry and starts trimming; trim now so the record fits.
        if (!_cache.TryGetValue(scopedKey, out _))
        {
            _cache.Compact(0.1);
            _cache.Set(scopedKey, bytes, entry);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ForgetAsync(string scopedKey)
    {
        _cache.Remove(scopedKey);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    private sealed class ClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}

/// <summary>Records in Redis, shared by every instance. The claim is one atomic <c>SET … NX</c>: of two instances
/// racing on one key exactly one wins. While Redis is unreachable every call throws <see cref="StoreUnavailableException"/>
/// at once (the connection fails fast and reconnects by itself).</summary>
public sealed class RedisIdempotencyRecords(IConnectionMultiplexer redis) : IIdempotencyRecords
{
    /// <summary>Prefix of the Redis keys that hold idempotency records.</summary>
    public const string Prefix = "outlookexit:idempotency:";

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken) =>
        Guard(async db => RecordJson.Read(await db.StringGetAsync(Prefix + scopedKey)));

    /// <inheritdoc/>
    public Task<bool> TryClaimAsync(string scopedKey, IdempotencyRecord claim, TimeSpan lifetime, CancellationToken cancellationToken) =>
        Guard(db => db.StringSetAsync(Prefix + scopedKey, RecordJson.Write(claim), lifetime, When.NotExists));

    /// <inheritdoc/>
    public Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken) =>
        Guard(db => db.StringSetAsync(Prefix + scopedKey, RecordJson.Write(record), lifetime));

    /// <inheritdoc/>
    public Task ForgetAsync(string scopedKey) => Guard(db => db.KeyDeleteAsync(Prefix + scopedKey));

    private async Task<T> Guard<T>(Func<IDatabase, Task<T>> command)
    {
        if (!redis.IsConnected) throw new StoreUnavailableException("Redis is not connected.");
        try
        {
            return await command(redis.GetDatabase());
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new StoreUnavailableException("Redis did not answer.", e);
        }
    }
}

/// <summary>The stored form of a record: the API's own JSON settings.</summary>
internal static class RecordJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Write(IdempotencyRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Options);

    public static IdempotencyRecord? Read(byte[]? bytes) =>
        bytes is null ? null : JsonSerializer.Deserialize<IdempotencyRecord>(bytes, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        Hosting.ApiBasics.Configure(options);
        return options;
    }
}
