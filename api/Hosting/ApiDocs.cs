using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Features.Options;

namespace OutlookExit.Hosting;

/// <summary>OpenAPI document and UI (Swashbuckle) at /swagger, with examples computed by the real engine.</summary>
public static class ApiDocs
{
    /// <summary>Registers the generator.</summary>
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OutlookExit API",
                Version = "v1",
                Description = "Composes professional, non-blaming termination, thank-you and conversation-request emails "
                    + "from a structured transition plan, in English and Czech. Every error is RFC 9457 problem details.",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, "OutlookExit.Api.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
            o.SchemaFilter<EnumAsCamelCaseStrings>();
            // After the XML comments: the endpoints' own summaries and descriptions win over a handler's doc comment.
            o.OperationFilter<EndpointTexts>();
            o.OperationFilter<ComputedExamples>();
            // GET /healthz/ready is a health-check endpoint, which the API explorer does not list.
            o.DocumentFilter<Features.Health.ReadinessOpenApi>();
            o.SupportNonNullableReferenceTypes();
        });
        return services;
    }

    /// <summary>Serves /swagger/v1/swagger.json and the UI at /swagger.</summary>
    public static WebApplication UseApiDocs(this WebApplication app)
    {
        // Only requests under /swagger pass through the document and UI middleware: on every other request it
        // would match route templates and patterns for nothing.
        app.UseWhen(static context => context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), docs =>
        {
            docs.UseSwagger();
            docs.UseSwaggerUI(o =>
            {
                o.DocumentTitle = "OutlookExit API";
                o.SwaggerEndpoint("/swagger/v1/swagger.json", "OutlookExit API v1");
            });
        });
        return app;
    }

    /// <summary>The day the examples are written on: their <c>today</c>, and the server's date when they are composed.</summary>
    public static readonly DateOnly ExampleToday = new(2026, 11, 27);

    /// <summary>The example request shown in the document (the English termination sample).</summary>
    public static DraftRequest ExampleDraftRequest { get; } = new()
    {
        Kind = DraftKind.Termination,
        Language = "en",
        Tone = LetterTone.Neutral,
        Today = ExampleToday,
        Sender = new Sender { Name = "Alex Rivera", Business = "Rivera Studio" },
        Client = new Client { Name = "Jordan Lee", Company = "Acme Ltd" },
        Reason = new Reason { Category = ReasonCategory.BusinessDirection, Disclose = false },
        Plan = new TransitionPlan
        {
            LastWorkingDay = new DateOnly(2026, 12, 11),
            Deliverables = [new Deliverable { Title = "Homepage redesign", Due = new DateOnly(2026, 12, 4) }],
            Invoices = [new Invoice { Number = "2026-041", Amount = 1200.00m, Currency = "EUR", Due = new DateOnly(2026, 12, 1) }],
            Handover = [HandoverItem.Files, HandoverItem.Credentials, HandoverItem.Documentation],
            Referrals = [new Referral { Name = "Sam Park", Contact = "sam@parkstudio.example", Specialty = "web design" }],
            HelpInterviewReplacement = true,
            BriefReplacement = true,
            InterimTools = ["the shared project board"],
        },
        OfferReferences = true,
        PersonalNote = "Working on the spring campaign with your team was a highlight of my year.",
    };

    /// <summary>The example hold-firm reply: the same plan, answering a client who asks the sender to stay and for one more
    /// piece of work first. The client's message is read for its asks only.</summary>
    public static DraftRequest ExampleHoldFirmRequest { get; } = ExampleDraftRequest with
    {
        Kind = DraftKind.HoldFirm,
        PersonalNote = null,
        OfferReferences = false,
        ClientMessage = "Hi Alex, thanks for letting us know. Is there any way you would reconsider and stay? "
            + "If not, could you still finish the homepage before you go?",
    };

    /// <summary>The example text for the tone check.</summary>
    public const string ExampleToneText = "As per my last email, you always ask for a discount. Maybe we could continue if things improve.";
}

/// <summary>Enums are camelCase strings on the wire; say so in the schema.</summary>
public sealed class EnumAsCamelCaseStrings : ISchemaFilter
{
    /// <inheritdoc />
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (!type.IsEnum || schema is not OpenApiSchema s) return;
        s.Type = JsonSchemaType.String;
        s.Format = null;
        s.Enum = [.. EnumNames.All(type).Select(n => (JsonNode)JsonValue.Create(n)!)];
    }
}

/// <summary>Request and response examples produced by the engine itself, so the document never drifts from the product.</summary>
public sealed class ComputedExamples(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    /// <inheritdoc />
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var options = json.Value.SerializerOptions;
        JsonNode? Node(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), options);
        switch (operation.OperationId)
        {
            case "ComposeDraft":
            {
                // One named example per kind that needs one: the notice, and the reply to the client's answer.
                var requests = new Dictionary<string, JsonNode?>();
                var responses = new Dictionary<string, JsonNode?>();
                foreach (var (name, example) in new[] { ("termination", ApiDocs.ExampleDraftRequest), ("holdFirm", ApiDocs.ExampleHoldFirmRequest) })
                {
                    requests[name] = Node(example);
                    if (DraftPipeline.Compose(example, ApiDocs.ExampleToday) is DraftOutcome.Composed c) responses[name] = Node(c.Draft);
                }
                SetRequestExamples(operation, requests);
                SetResponseExamples(operation, "200", responses);
                break;
            }
            case "CheckTone":
                var request = new ToneCheckRequest { Text = ApiDocs.ExampleToneText, Language = "en" };
                SetRequest(operation, Node(request));
                SetResponse(operation, "200", Node(new ToneCheckResponse(ToneChecker.Check(ApiDocs.ExampleToneText, "en"))));
                break;
            case "GetOptions":
                SetResponse(operation, "200", Node(OptionsApi.ForLanguage("en")));
                break;
            case "Health":
                SetResponse(operation, "200", Node(new Features.Health.HealthStatus("ok")));
                break;
            case "GetPaneConfig":
                SetResponse(operation, "200", Node(new Features.AddIn.PaneConfig(
                    "00000000-0000-0000-0000-000000000000", "api://outlookexit.example/00000000-0000-0000-0000-000000000000/access_as_user")));
                break;
        }

        // Every problem status gets the problem the API really answers with, built by the same code.
        if (operation.Responses is null) return;
        foreach (var (status, response) in operation.Responses)
        {
            if (!int.TryParse(status, out var code) || code < 400) continue;
            if (ProblemExamples.For(operation.OperationId, code) is not { } problem) continue;
            SetResponse(operation, status, Node(problem));
            if (ProblemExamples.HasRetryAfter(operation.OperationId, code) && response is OpenApiResponse r)
            {
                r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                r.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                    Example = JsonValue.Create(ProblemExamples.RetryAfterSeconds),
                };
            }
        }
    }

    private static void SetRequest(OpenApiOperation operation, JsonNode? example)
    {
        if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media) && media is OpenApiMediaType m)
            m.Example = example;
    }

    private static void SetRequestExamples(OpenApiOperation operation, Dictionary<string, JsonNode?> examples)
    {
        if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media) && media is OpenApiMediaType m)
            m.Examples = Named(examples);
    }

    private static void SetResponseExamples(OpenApiOperation operation, string status, Dictionary<string, JsonNode?> examples)
    {
        if (operation.Responses is null || !operation.Responses.TryGetValue(status, out var response) || response.Content is null) return;
        foreach (var media in response.Content.Values.OfType<OpenApiMediaType>()) media.Examples = Named(examples);
    }

    private static Dictionary<string, IOpenApiExample> Named(Dictionary<string, JsonNode?> examples) =>
        examples.ToDictionary(e => e.Key, e => (IOpenApiExample)new OpenApiExample { Summary = e.Key, Value = e.Value });

    private static void SetResponse(OpenApiOperation operation, string status, JsonNode? example)
    {
        if (operation.Responses is null || !operation.Responses.TryGetValue(status, out var response) || response.Content is null) return;
        foreach (var media in response.Content.Values.OfType<OpenApiMediaType>()) media.Example = example;
    }
}

/// <summary>The endpoints' own summaries and descriptions (WithSummary, WithDescription) over the handlers' doc
/// comments, which describe code rather than the API.</summary>
public sealed class EndpointTexts : IOperationFilter
{
    /// <inheritdoc />
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().LastOrDefault() is { } summary)
            operation.Summary = summary.Summary;
        if (metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointDescriptionMetadata>().LastOrDefault() is { } description)
            operation.Description = description.Description;
    }
}
