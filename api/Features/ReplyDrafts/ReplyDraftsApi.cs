using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using OutlookExit.Core;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>POST /api/reply-drafts: create the reply to the client's message as a draft in the user's mailbox.</summary>
public static partial class ReplyDraftsApi
{
    /// <summary>Request header that makes retries safe.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Response header set when the answer is a replay of an earlier request.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Longest accepted message id.</summary>
    public const int MaxMessageIdLength = 512;

    /// <summary>Longest accepted Idempotency-Key.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>Services: Graph client and middleware, idempotency, sign-in when configured, OpenAPI description.</summary>
    public static IServiceCollection AddReplyDrafts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphSettings>().BindConfiguration(GraphSettings.Section)
            .Validate(s => Uri.TryCreate(s.BaseUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps,
                "Graph:BaseUrl must be an absolute https:// URL: the Graph token is never sent in clear text.")
            .ValidateOnStart();
        services.ConfigureSwaggerGen(o => ReplyDraftsOpenApi.Configure(o));

        services.AddOptions<IdempotencySettings>().BindConfiguration(IdempotencySettings.Section)
            .Validate(s => s.ClaimSeconds > 0 && s.MaxRecordsInMemory > 0, "Idempotency:ClaimSeconds and Idempotency:MaxRecordsInMemory must be greater than 0.")
            .ValidateOnStart();
        // Token cache and idempotency records: in memory for one instance, Redis when configured.
        // One connection serves both; idempotency records use it directly for an atomic SET NX claim.
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Never stops the process: an unreachable Redis leaves the connection retrying in the background.
            services.AddOptions<RedisSettings>().BindConfiguration(RedisSettings.Section);
            services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(sp =>
                RedisConnection.Connect(redis, sp.GetRequiredService<IOptions<RedisSettings>>().Value));
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
                .Configure<IServiceProvider>((o, sp) =>
                {
                    o.InstanceName = "outlookexit:";
                    o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>());
                });
            services.AddSingleton<IIdempotencyRecords, RedisIdempotencyRecords>();
        }
        else
        {
            services.AddDistributedMemoryCache();
            services.AddSingleton<IIdempotencyRecords, MemoryIdempotencyRecords>();
        }

        if (!EntraAuth.IsConfigured(configuration)) return services;

        services.AddEntraAuth(configuration);
        services.AddGraphHttp();
        services.AddScoped<MailboxDrafts>();
        services.AddSingleton<ReplyDraftIdempotency>();
        return services;
    }

    /// <summary>Authentication and authorization middleware, only when sign-in is configured.</summary>
    public static WebApplication UseReplyDraftsAuth(this WebApplication app) => EntraAuth.UseEntraAuth(app);

    /// <summary>Maps the route: the real endpoint when sign-in is configured, otherwise one that answers 501.</summary>
    public static IEndpointRouteBuilder MapReplyDrafts(this IEndpointRouteBuilder routes)
    {
        var configured = routes.ServiceProvider.GetService<ReplyDraftIdempotency>() is not null;
        var group = routes.MapGroup("/api").WithTags("Reply drafts").RequireRateLimiting(RateLimits.Policy);
        var endpoint = configured
            ? group.MapPost("/reply-drafts", CreateReplyDraft).RequireAuthorization(EntraAuth.Policy)
            : group.MapPost("/reply-drafts", NotConfigured);
        endpoint
            .WithName("CreateReplyDraft")
            .WithSummary("Create the reply to a client's message as a draft in the signed-in user's mailbox")
            .WithDescription("Composes the letter as POST /api/drafts does, creates the reply (or reply-all) through Microsoft Graph in the signed-in user's mailbox or in the shared mailbox named by mailbox, and puts the letter above the quoted thread. Needs a bearer token for this API with the access_as_user scope and an Idempotency-Key header: a retry with the same key returns the same draft (200, Idempotent-Replayed: true), never a second one. Without an Entra ID app registration the server answers 501 and says what to configure.")
            .Accepts<ReplyDraftRequest>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes))
            .Produces<ReplyDraftResponse>(StatusCodes.Status201Created)
            .Produces<ReplyDraftResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            // Graph calls and their retries outlast the default request timeout.
            .WithRequestTimeout(Hardening.LongTimeoutPolicy);
        return routes;
    }

    /// <summary>Without an app registration: 501, saying what to configure.</summary>
    public static ProblemHttpResult NotConfigured(HttpContext http) => Problems.Result(NotConfiguredDetails(ProblemLanguage.For(http)));

    /// <summary>The body of the 501 answered without an app registration.</summary>
    public static ProblemDetails NotConfiguredDetails(ProblemText text)
    {
        var p = Problems.Plain(text, StatusCodes.Status501NotImplemented, "NotConfigured");
        p.Extensions["missing"] = new[] { "AzureAd:ClientId", "AzureAd:TenantId", "AzureAd:ClientSecret" };
        return p;
    }

    /// <summary>Create the reply to a client's message as a draft in the signed-in user's mailbox.</summary>
    public static async Task<Results<Created<ReplyDraftResponse>, Ok<ReplyDraftResponse>, ValidationProblem, ProblemHttpResult>> CreateReplyDraft(
        ReplyDraftRequest request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpContext http,
        TimeProvider clock,
        ReplyDraftIdempotency idempotency,
        MailboxDrafts mailbox,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        ILoggerFactory loggers)
    {
        var text = ProblemLanguage.For(http, request.Draft?.Language);
        var errors = Validate(request, idempotencyKey);
        if (errors.Count > 0) return Problems.Invalid(text, errors);
        if (user.GetTenantId() is not { Length: > 0 } tenantId || user.GetObjectId() is not { Length: > 0 } objectId)
            return NotAUserToken(text);

        var outcome = DraftPipeline.Compose(request.Draft!, Today(clock));
        if (outcome is not DraftOutcome.Composed { Draft: var letter }) return ComposeProblem(outcome, text);

        var requestHash = ReplyDraftIdempotency.Hash(JsonSerializer.Serialize(request, json.Value.SerializerOptions));
        var order = new ReplyDraftOrder(user, tenantId, objectId, idempotencyKey!, requestHash,
            request.MessageId!, request.ReplyAll, letter.Html, letter.Findings, request.Mailbox);
        var cancel = http.RequestAborted;
        return await idempotency.CreateOnceAsync(order, mailbox, cancel) switch
        {
            IdempotencyOutcome.Created created => TypedResults.Created(mailbox.ResourceUrl(created.Draft.Id, request.Mailbox), created.Draft),
            IdempotencyOutcome.Replayed replayed => Replay(http, mailbox, replayed.Draft, request.Mailbox),
            IdempotencyOutcome.InProgress => InProgress(http, text),
            IdempotencyOutcome.KeyReused => Problems.Result(KeyReusedDetails(text)),
            IdempotencyOutcome.MailboxFailed failed => MailboxProblem(failed, cancel, http, loggers, text),
            IdempotencyOutcome.StoreUnavailable => StoreUnavailable(http, text),
            var other => throw new InvalidOperationException($"Unknown idempotency outcome {other.GetType().Name}."),
        };
    }

    /// <summary>Field errors of the envelope (the letter itself is validated by the composer).</summary>
    public static Dictionary<string, FieldError[]> Validate(ReplyDraftRequest request, string? idempotencyKey)
    {
        var errors = new Dictionary<string, FieldError[]>();
        if (string.IsNullOrEmpty(idempotencyKey))
            errors[IdempotencyHeader] = [new(ProblemCode.IdempotencyKeyRequired)];
        else if (idempotencyKey.Length > MaxKeyLength || !idempotencyKey.All(c => c is >= ' ' and <= '~'))
            errors[IdempotencyHeader] = [FieldError.Of(ProblemCode.IdempotencyKeyInvalid, ("max", MaxKeyLength))];

        var id = request.MessageId;
        if (string.IsNullOrEmpty(id))
            errors["messageId"] = [new(ProblemCode.MessageIdRequired)];
        else if (id.Length > MaxMessageIdLength || !id.All(IsRestIdChar))
            errors["messageId"] = [FieldError.Of(ProblemCode.MessageIdInvalid, ("max", MaxMessageIdLength))];

        if (request.Mailbox is { } mailbox && !IsMailbox(mailbox))
            errors["mailbox"] = [FieldError.Of(ProblemCode.MailboxInvalid, ("max", MaxMailboxLength))];

        if (request.Draft is null)
            errors["draft"] = [new(ProblemCode.DraftRequired)];
        return errors;
    }

    /// <summary>Longest accepted mailbox address (RFC 5321 path limit).</summary>
    public const int MaxMailboxLength = 320;

    /// <summary>A Graph user id (GUID) or a plain SMTP address: nothing that could change the Graph path it lands in.</summary>
    private static bool IsMailbox(string value) =>
        value.Length is > 0 and <= MaxMailboxLength
        && (Guid.TryParseExact(value, "D", out _) || MailboxAddress().IsMatch(value));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial System.Text.RegularExpressions.Regex MailboxAddress();

    /// <summary>REST ids are URL-safe base64: nothing that could change the Graph path or query it lands in.</summary>
    private static bool IsRestIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=';

    /// <summary>The composer's verdict as the same problems POST /api/drafts answers with, with fields under <c>draft.</c>.</summary>
    internal static Results<Created<ReplyDraftResponse>, Ok<ReplyDraftResponse>, ValidationProblem, ProblemHttpResult> ComposeProblem(DraftOutcome outcome, ProblemText text) => outcome switch
    {
        DraftOutcome.Invalid invalid => Problems.Invalid(text, invalid.Errors, pathPrefix: "draft."),
        DraftOutcome.SecretFound secret => Problems.Secret(text, "draft." + secret.Field),
        _ => throw new InvalidOperationException("A composed draft is not a problem."),
    };

    private static ProblemHttpResult NotAUserToken(ProblemText text) =>
        Problems.Result(Problems.Plain(text, StatusCodes.Status403Forbidden, "NotAUserToken"));

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>A Graph or sign-in failure as its problem; anything else (or a caller that hung up) rethrown.</summary>
    private static ProblemHttpResult MailboxProblem(IdempotencyOutcome.MailboxFailed failed, CancellationToken cancel, HttpContext http, ILoggerFactory loggers, ProblemText text)
    {
        var logger = loggers.CreateLogger(typeof(ReplyDraftsApi).FullName!);
        if (!cancel.IsCancellationRequested && GraphFailures.ToProblem(failed.Error.SourceException, http.Response, logger, text) is { } problem)
            return problem;
        failed.Error.Throw();
        throw new UnreachableException();
    }

    private static Ok<ReplyDraftResponse> Replay(HttpContext http, MailboxDrafts mailbox, ReplyDraftResponse draft, string? sharedMailbox)
    {
        http.Response.Headers[ReplayedHeader] = "true";
        http.Response.Headers.Location = mailbox.ResourceUrl(draft.Id, sharedMailbox);
        return TypedResults.Ok(draft);
    }

    /// <summary>The body of the 422 for an Idempotency-Key reused with a different body.</summary>
    public static ProblemDetails KeyReusedDetails(ProblemText text) =>
        Problems.FieldProblem(text, StatusCodes.Status422UnprocessableEntity, "Problem.KeyReused.Title",
            text.Text("Problem.KeyReused.Detail"), IdempotencyHeader, new FieldError(ProblemCode.IdempotencyKeyReused));

    /// <summary>503 at once when the idempotency store (Redis) is unreachable: without it a retry could make a
    /// second draft, so no draft is made. Everything that needs no store (POST /api/drafts, the pane) keeps working.</summary>
    private static ProblemHttpResult StoreUnavailable(HttpContext http, ProblemText text)
    {
        var seconds = http.RequestServices.GetService<IOptions<RedisSettings>>()?.Value.RetryAfterSeconds ?? 5;
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Result(StoreUnavailableDetails(text));
    }

    /// <summary>The body of the 503 answered when the idempotency store cannot be reached.</summary>
    public static ProblemDetails StoreUnavailableDetails(ProblemText text)
    {
        var p = Problems.Plain(text, StatusCodes.Status503ServiceUnavailable, "StoreUnavailable");
        p.Extensions["unavailable"] = "redis";
        return p;
    }

    private static ProblemHttpResult InProgress(HttpContext http, ProblemText text)
    {
        http.Response.Headers.RetryAfter = "2";
        return Problems.Result(Problems.Plain(text, StatusCodes.Status409Conflict, "InProgress"));
    }
}
