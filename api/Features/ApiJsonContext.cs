using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookExit.Core.Contracts;
using OutlookExit.Features.AddIn;
using OutlookExit.Features.Health;
using OutlookExit.Features.Options;
using OutlookExit.Features.ReplyDrafts;

namespace OutlookExit.Features;

/// <summary>Serialisation metadata generated at build time for the request and response types of every
/// endpoint, so that no request pays for reflection. The contract's rules (camelCase, strict enums and dates,
/// depth) come from <see cref="Hosting.ApiBasics.Configure"/>; the converters registered there still apply.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, MaxDepth = 16)]
[JsonSerializable(typeof(DraftRequest))]
[JsonSerializable(typeof(DraftResponse))]
[JsonSerializable(typeof(ToneCheckRequest))]
[JsonSerializable(typeof(ToneCheckResponse))]
[JsonSerializable(typeof(PaneOptions))]
[JsonSerializable(typeof(PaneConfig))]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(ReplyDraftRequest))]
[JsonSerializable(typeof(ReplyDraftResponse))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
