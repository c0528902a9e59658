using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using OutlookExit.Core.Contracts;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>One reply draft to make at most once per Idempotency-Key.</summary>
/// <param name="User">The signed-in user whose mailbox gets the draft.</param>
/// <param name="TenantId">The user's tenant (tid): keys are scoped per user.</param>
/// <param name="ObjectId">The user's object id (oid).</param>
/// <param name="IdempotencyKey">The raw Idempotency-Key header.</param>
/// <param name="RequestHash">Hash of the whole request: the same key with a different body is refused.</param>
/// <param name="MessageId">The message to reply to.</param>
/// <param name="ReplyAll">Reply to all recipients.</param>
/// <param name="Html">The composed letter.</param>
/// <param name="Findings">The composer's review findings, returned with the draft.</param>
/// <param name="Mailbox">A shared or delegated mailbox that holds the message; null for the user's own.</param>
public sealed record ReplyDraftOrder(
    ClaimsPrincipal User, string TenantId, string ObjectId, string IdempotencyKey, string RequestHash,
    string MessageId, bool ReplyAll, string Html, IReadOnlyList<Finding> Findings, string? Mailbox = null);

/// <summary>How <see cref="ReplyDraftIdempotency.CreateOnceAsync"/> ended.</summary>
public abstract record IdempotencyOutcome
{
    private IdempotencyOutcome() { }

    /// <summary>This request made the draft.</summary>
    public sealed record Created(ReplyDraftResponse Draft) : IdempotencyOutcome;

    /// <summary>An earlier request with this key made the draft; this is its answer again.</summary>
    public sealed record Replayed(ReplyDraftResponse Draft) : IdempotencyOutcome;

    /// <summary>An earlier request with this key has not finished yet.</summary>
    public sealed record InProgress : IdempotencyOutcome;

    /// <summary>The key was used with a different request.</summary>
    public sealed record KeyReused : IdempotencyOutcome;

    /// <summary>The mailbox step failed after the claim; the claim was released so the key can be retried.</summary>
    public sealed record MailboxFailed(ExceptionDispatchInfo Error) : IdempotencyOutcome;

    /// <summary>The store of idempotency records cannot be reached; nothing was created.</summary>
    public sealed record StoreUnavailable : IdempotencyOutcome;
}

/// <summary>The idempotency protocol of reply drafts: claim the key → look for a draft already stamped with it (and
/// finish it when its letter is missing) → create the draft stamped with key and request hash in the creating call,
/// then put the letter in → record the answer.
/// <para>Within a process, requests with the same key queue on a per-key lock and then read the record, so racing
/// duplicates get the first one's draft. Across instances the claim itself is atomic when the records are in Redis:
/// of two instances racing on one key exactly one wins, and the other answers 409 with Retry-After until the draft
/// exists. The stamp on the draft finds it again when the record was lost (restart, eviction).</para></summary>
public sealed class ReplyDraftIdempotency(IIdempotencyRecords records, Microsoft.Extensions.Options.IOptions<IdempotencySettings> settings)
{
    /// <summary>How long a completed key replays its draft.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>How long a claim survives a process that died mid-request (<see cref="IdempotencySettings.ClaimSeconds"/>).</summary>
    private TimeSpan ClaimLifetime => TimeSpan.FromSeconds(Math.Max(1, settings.Value.ClaimSeconds));

    /// <summary>How long a request waits for an identical one (same user and key) to finish.</summary>
    public static readonly TimeSpan DuplicateWait = TimeSpan.FromSeconds(45);

    private readonly KeyLocks _locks = new();

    /// <summary>The record key for a user's key; the raw key is hashed so it never lands in the store as is.</summary>
    public static string ScopedKey(string tenantId, string objectId, string idempotencyKey) =>
        $"reply-drafts:{tenantId}:{objectId}:{Hash(idempotencyKey)}";

    /// <summary>Lowercase hex SHA-256 of <paramref name="value"/>.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Makes the order's draft unless its key already made one.</summary>
    public async Task<IdempotencyOutcome> CreateOnceAsync(ReplyDraftOrder order, MailboxDrafts mailbox, CancellationToken cancel)
    {
        var scopedKey = ScopedKey(order.TenantId, order.ObjectId, order.IdempotencyKey);
        using var turn = await _locks.EnterAsync(scopedKey, DuplicateWait, cancel);
        if (turn is null) return new IdempotencyOutcome.InProgress();

        try
        {
            if (await ClaimAsync(scopedKey, order.RequestHash, cancel) is { } earlier)
                return earlier is IdempotencyOutcome.InProgress ? await FindAfterCrashAsync(order, mailbox, cancel) ?? earlier : earlier;
        }
        catch (StoreUnavailableException)
        {
            return new IdempotencyOutcome.StoreUnavailable();
        }
        try
        {
            return await FindStampedAsync(scopedKey, order, mailbox, cancel)
                ?? await CreateStampedAsync(scopedKey, order, mailbox);
        }
        catch (StoreUnavailableException)
        {
            // The draft, if one was made, carries the key: a retry once the store is back finds it.
            return new IdempotencyOutcome.StoreUnavailable();
        }
        catch (Exception e)
        {
            try { await records.ForgetAsync(scopedKey); }
            catch (StoreUnavailableException) { /* the claim expires by itself (ClaimLifetime) */ }
            return new IdempotencyOutcome.MailboxFailed(ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Claims the key for this request: null when it is ours now, otherwise what the earlier claim means.</summary>
    private async Task<IdempotencyOutcome?> ClaimAsync(string scopedKey, string requestHash, CancellationToken cancel)
    {
        var record = await records.GetAsync(scopedKey, cancel);
        if (record is null && await records.TryClaimAsync(scopedKey, new IdempotencyRecord(requestHash, null), ClaimLifetime, cancel))
            return null;
        // Either the key was held already, or another instance claimed it between our read and our claim.
        record ??= await records.GetAsync(scopedKey, cancel);
        return record switch
        {
            { } held when held.RequestHash != requestHash => new IdempotencyOutcome.KeyReused(),
            { Draft: { } done } => new IdempotencyOutcome.Replayed(done),
            _ => new IdempotencyOutcome.InProgress(), // claimed by another instance that has not finished
        };
    }

    /// <summary>The key is claimed but has no answer: another instance is still working, or the one that claimed it
    /// died. When the mailbox already holds the draft stamped with this key, it is the answer (finished if its letter
    /// is missing; the letter is the same for the same request, so finishing twice writes the same body). Otherwise
    /// null: the caller is told to retry until the claim expires.</summary>
    private static async Task<IdempotencyOutcome?> FindAfterCrashAsync(ReplyDraftOrder order, MailboxDrafts mailbox, CancellationToken cancel)
    {
        try
        {
            return await FindInMailboxAsync(order, mailbox, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The draft an earlier request stamped with this key, when the record of it was lost.</summary>
    private async Task<IdempotencyOutcome?> FindStampedAsync(string scopedKey, ReplyDraftOrder order, MailboxDrafts mailbox, CancellationToken cancel)
    {
        var found = await FindInMailboxAsync(order, mailbox, cancel);
        if (found is IdempotencyOutcome.KeyReused) await records.ForgetAsync(scopedKey);
        else if (found is IdempotencyOutcome.Replayed replayed) await RecordAsync(scopedKey, order, replayed.Draft);
        return found;
    }

    /// <summary>The draft in the mailbox stamped with the order's key: replayed (its letter put in first when the
    /// process died between createReply and the letter), key reused when it was stamped for a different request,
    /// null when there is none.</summary>
    private static async Task<IdempotencyOutcome?> FindInMailboxAsync(ReplyDraftOrder order, MailboxDrafts mailbox, CancellationToken cancel)
    {
        if (await mailbox.FindAsync(order.User, order.Mailbox, Hash(order.IdempotencyKey), cancel) is not { } existing) return null;
        if (existing.RequestHash is not null && existing.RequestHash != order.RequestHash) return new IdempotencyOutcome.KeyReused();
        if (!existing.HasLetter)
            existing = await mailbox.CompleteAsync(order.User, order.Mailbox, existing, order.Html, CancellationToken.None);
        return new IdempotencyOutcome.Replayed(Answer(existing, order));
    }

    /// <summary>Creates the draft stamped with the key and the request hash, and records the answer.</summary>
    private async Task<IdempotencyOutcome> CreateStampedAsync(string scopedKey, ReplyDraftOrder order, MailboxDrafts mailbox)
    {
        // Once Graph starts writing, finish (bounded by Graph:TimeoutSeconds) even if the caller hangs up:
        // the stored answer is what its retry with the same key will get.
        var draft = await mailbox.CreateReplyAsync(order.User, order.Mailbox, order.MessageId, order.ReplyAll, order.Html,
            Hash(order.IdempotencyKey), order.RequestHash, CancellationToken.None);
        var created = Answer(draft, order);
        await RecordAsync(scopedKey, order, created);
        return new IdempotencyOutcome.Created(created);
    }

    /// <summary>Stores the answer for replays. When the store went away after the draft was made, the draft is
    /// still the answer: it carries the key, so a retry finds it in the mailbox.</summary>
    private async Task RecordAsync(string scopedKey, ReplyDraftOrder order, ReplyDraftResponse answer)
    {
        try
        {
            await records.SetAsync(scopedKey, new IdempotencyRecord(order.RequestHash, answer), Retention, CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
        }
    }

    private static ReplyDraftResponse Answer(MailboxDraft draft, ReplyDraftOrder order) =>
        new(draft.Id, draft.WebLink, draft.Subject, order.Findings);

    /// <summary>Per-key locks within this process, removed when no request waits on them.</summary>
    private sealed class KeyLocks
    {
        private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

        /// <summary>Waits for exclusive use of <paramref name="key"/>; null when <paramref name="wait"/> passes first.</summary>
        public async Task<IDisposable?> EnterAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
        {
            Gate gate;
            lock (_gates)
            {
                if (!_gates.TryGetValue(key, out gate!)) _gates[key] = gate = new Gate();
                gate.Users++;
            }
            var entered = false;
            try
            {
                entered = await gate.Semaphore.WaitAsync(wait, cancellationToken);
                return entered ? new Lease(this, key, gate) : null;
            }
            finally
            {
                if (!entered) Leave(key, gate, held: false);
            }
        }

        private void Leave(string key, Gate gate, bool held)
        {
            if (held) gate.Semaphore.Release();
            lock (_gates)
            {
                if (--gate.Users == 0) _gates.Remove(key);
            }
        }

        private sealed class Gate
        {
            public readonly SemaphoreSlim Semaphore = new(1, 1);
            public int Users;
        }

        private sealed class Lease(KeyLocks locks, string key, Gate gate) : IDisposable
        {
            private int _disposed;
            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0) locks.Leave(key, gate, held: true);
            }
        }
    }
}
