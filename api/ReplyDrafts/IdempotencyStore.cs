using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace OutlookExit.ReplyDrafts;

/// <summary>What is remembered about one Idempotency-Key of one user.</summary>
/// <param name="RequestHash">Hash of the request that claimed the key.</param>
/// <param name="Draft">The answer, once the draft exists; null while the first request is still working.</param>
public sealed record IdempotencyRecord(string RequestHash, ReplyDraftResponse? Draft);

/// <summary>Claims Idempotency-Keys so that one key makes at most one draft.
/// <para>The claim is a per-key lock in this process plus a record in the distributed cache. Requests with the
/// same key on this instance queue behind the lock and then read the record, so racing duplicates get the
/// first one's draft. Across instances (Redis configured) the record makes a sequential retry on another
/// instance a replay, but <see cref="IDistributedCache"/> has no atomic add, so two instances racing on the
/// same key within milliseconds could both call Graph; the extended-property lookup narrows but does not
/// close that window. Run one instance, or route a user to one instance, if that matters.</para></summary>
public sealed class IdempotencyStore(IDistributedCache cache)
{
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
        var bytes = await cache.GetAsync(scopedKey, cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<IdempotencyRecord>(bytes, Json);
    }

    /// <summary>Marks the key as taken by the request with <paramref name="requestHash"/>.</summary>
    public Task ClaimAsync(string scopedKey, string requestHash, CancellationToken cancellationToken) =>
        SetAsync(scopedKey, new IdempotencyRecord(requestHash, null), ClaimLifetime, cancellationToken);

    /// <summary>Remembers the draft made for the key.</summary>
    public Task CompleteAsync(string scopedKey, IdempotencyRecord record, CancellationToken cancellationToken) =>
        SetAsync(scopedKey, record, Retention, cancellationToken);

    /// <summary>Releases a claim whose request failed, so the same key can be tried again.</summary>
    public Task ForgetAsync(string scopedKey) => cache.RemoveAsync(scopedKey, CancellationToken.None);

    private Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken) =>
        cache.SetAsync(scopedKey, JsonSerializer.SerializeToUtf8Bytes(record, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken);

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
        Http.ApiBasics.Configure(options);
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
