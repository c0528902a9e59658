using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
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

/// <summary>Records in this process's distributed cache (memory unless replaced). The claim needs no atomic store:
/// within one process the caller already holds the key's lock.</summary>
public sealed class MemoryIdempotencyRecords(IDistributedCache cache) : IIdempotencyRecords
{
    /// <inheritdoc/>
    public async Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken) =>
        RecordJson.Read(await cache.GetAsync(scopedKey, cancellationToken));

    /// <inheritdoc/>
    public async Task<bool> TryClaimAsync(string scopedKey, IdempotencyRecord claim, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await SetAsync(scopedKey, claim, lifetime, cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken) =>
        cache.SetAsync(scopedKey, RecordJson.Write(record),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken);

    /// <inheritdoc/>
    public Task ForgetAsync(string scopedKey) => cache.RemoveAsync(scopedKey, CancellationToken.None);
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
