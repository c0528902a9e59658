using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Describes the signed-in endpoint in the OpenAPI document: the bearer scheme and the required
/// Idempotency-Key header, which endpoint metadata alone cannot express.</summary>
public sealed class ReplyDraftsOpenApi(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    /// <summary>Name of the security scheme in the document.</summary>
    public const string SchemeName = "Bearer";

    /// <summary>The REST id of a client's message, as Office's convertToRestId gives it.</summary>
    public const string ExampleMessageId = "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAYbuK-AAA=";

    /// <summary>The example request: a reply to the client's message carrying the document's example letter.</summary>
    public static ReplyDraftRequest ExampleRequest => new() { MessageId = ExampleMessageId, ReplyAll = false, Draft = Hosting.ApiDocs.ExampleDraftRequest };

    /// <summary>The example answer: the draft Graph made (its id and link are Graph's), with the letter's real findings.</summary>
    public static ReplyDraftResponse ExampleResponse
    {
        get
        {
            var findings = Core.DraftPipeline.Compose(Hosting.ApiDocs.ExampleDraftRequest, Hosting.ApiDocs.ExampleToday) is Core.DraftOutcome.Composed c ? c.Draft.Findings : [];
            const string id = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AOpTh1Bn4Lk6Mk4cN1oXxJAAAAAAAEAAA=";
            return new ReplyDraftResponse(id,
                "https://outlook.office365.com/owa/?ItemID=" + Uri.EscapeDataString(id) + "&exvsurl=1&viewmodel=ReadMessageItem",
                "RE: Invoice 2026-041", findings);
        }
    }

    /// <summary>Adds the scheme and this filter to Swashbuckle.</summary>
    public static void Configure(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Microsoft Entra ID access token for this API with the access_as_user scope (the task pane gets it through nested app authentication).",
        });
        options.OperationFilter<ReplyDraftsOpenApi>();
    }

    /// <inheritdoc />
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "CreateReplyDraft") return;

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = ["access_as_user"],
        });

        var options = json.Value.SerializerOptions;
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true && body is OpenApiMediaType media)
            media.Example = System.Text.Json.JsonSerializer.SerializeToNode(ExampleRequest, options);
        // 201 for a new draft, 200 for the same draft replayed under the same Idempotency-Key.
        foreach (var status in new[] { "201", "200" })
            if (operation.Responses?.TryGetValue(status, out var created) == true
                && created.Content?.TryGetValue("application/json", out var createdBody) == true && createdBody is OpenApiMediaType createdMedia)
                createdMedia.Example = System.Text.Json.JsonSerializer.SerializeToNode(ExampleResponse, options);

        operation.Parameters ??= [];
        var existing = operation.Parameters.FirstOrDefault(p => p.Name == ReplyDraftsApi.IdempotencyHeader && p.In == ParameterLocation.Header);
        if (existing is not null) operation.Parameters.Remove(existing);
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ReplyDraftsApi.IdempotencyHeader,
            In = ParameterLocation.Header,
            Required = true,
            Description = "1–100 printable ASCII characters, new for each draft (a UUID works) and reused when retrying: the same key returns the same draft; the same key with a different body is 422.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = ReplyDraftsApi.MaxKeyLength },
            Example = System.Text.Json.Nodes.JsonValue.Create("3f2b9c1e-7d4a-4e8b-9a61-0c5d2e7f8a90"),
        });
    }
}
