using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>What is remembered about one Idempotency-Key of one user.</summary>
/// <param name="RequestHash">Hash of the request that claimed the key.</param>
/// <param name="Draft">The answer, once the draft exists; null while the first request is still working.</param>
public sealed record IdempotencyRecord(string RequestHash, ReplyDraftResponse? Draft);

/// <summary>Claims Idempotency-Keys so that one key makes at most one draft.
/// <para>Within a process, requests with the same key queue on a per-key lock and then read the record, so racing
/// duplicates get the first one's draft. Across instances the claim itself is atomic when Redis is configured
/// (<c>SET … NX</c>): of two instances racing on one key exactly one wins, and the other answers 409 with
/// Retry-After until the draft exists. Without Redis the records live in this process's memory.</para></summary>
public sealed class IdempotencyStore(IDistributedCache cache, IConnectionMultiplexer? redis = null)
{
    /// <summary>Prefix of the Redis keys that hold idempotency records.</summary>
    public const string RedisPrefix = "outlookexit:idempotency:";

    /// <summary>How long a completed key replays its draft.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>How long a claim survives a process that died mid-request.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>The cache key for a user's key; the raw key is hashed so it never lands in the cache as is.</summary>
    public static string ScopedKey(string tenantId, string objectId, string idempotencyKey) =>
        $"reply-drafts:{tenantId}:{objectId}:{Hash(idempotencyKey)}";

    /// <summary>Lowercase hex SHA-256 of <paramref name="value"/>.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Waits for exclusive use of <paramref name="scopedKey"/> in this process; null when
    /// <paramref name="wait"/> passes first.</summary>
    public async Task<IDisposable?> EnterAsync(string scopedKey, TimeSpan wait, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(scopedKey, out gate!)) _gates[scopedKey] = gate = new Gate();
            gate.Users++;
        }
        var entered = false;
        try
        {
            entered = await gate.Semaphore.WaitAsync(wait, cancellationToken);
            return entered ? new Lease(this, scopedKey, gate) : null;
        }
        finally
        {
            if (!entered) Leave(scopedKey, gate, held: false);
        }
    }

    /// <summary>The record for <paramref name="scopedKey"/>, if any.</summary>
    public async Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken)
    {
        byte[]? bytes = redis is null
            ? await cache.GetAsync(scopedKey, cancellationToken)
            : (byte[]?)await redis.GetDatabase().StringGetAsync(RedisPrefix + scopedKey);
        return bytes is null ? null : JsonSerializer.Deserialize<IdempotencyRecord>(bytes, Json);
    }

    /// <summary>Marks the key as taken by the request with <paramref name="requestHash"/>; false when another
    /// instance claimed it first (only possible with Redis: within one process the caller holds the key's lock).</summary>
    public async Task<bool> TryClaimAsync(string scopedKey, string requestHash, CancellationToken cancellationToken)
    {
        var record = new IdempotencyRecord(requestHash, null);
        if (redis is null)
        {
            await SetAsync(scopedKey, record, ClaimLifetime, cancellationToken);
            return true;
        }
        return await redis.GetDatabase().StringSetAsync(RedisPrefix + scopedKey,
            JsonSerializer.SerializeToUtf8Bytes(record, Json), ClaimLifetime, When.NotExists);
    }

    /// <summary>Remembers the draft made for the key.</summary>
    public Task CompleteAsync(string scopedKey, IdempotencyRecord record, CancellationToken cancellationToken) =>
        SetAsync(scopedKey, record, Retention, cancellationToken);

    /// <summary>Releases a claim whose request failed, so the same key can be tried again.</summary>
    public Task ForgetAsync(string scopedKey) => redis is null
        ? cache.RemoveAsync(scopedKey, CancellationToken.None)
        : redis.GetDatabase().KeyDeleteAsync(RedisPrefix + scopedKey);

    private Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken) =>
        redis is null
            ? cache.SetAsync(scopedKey, JsonSerializer.SerializeToUtf8Bytes(record, Json),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken)
            : redis.GetDatabase().StringSetAsync(RedisPrefix + scopedKey, JsonSerializer.SerializeToUtf8Bytes(record, Json), lifetime);

    private void Leave(string scopedKey, Gate gate, bool held)
    {
        if (held) gate.Semaphore.Release();
        lock (_gates)
        {
            if (--gate.Users == 0) _gates.Remove(scopedKey);
        }
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        Hosting.ApiBasics.Configure(options);
        return options;
    }

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Lease(IdempotencyStore store, string scopedKey, Gate gate) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) store.Leave(scopedKey, gate, held: true);
        }
    }
}
