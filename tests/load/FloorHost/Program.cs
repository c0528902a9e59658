using System.Text.Json;

// Floors for tests/load/run.sh: what Kestrel costs with no work (GET /healthz) and what JSON in and out of
// the draft's size costs (POST /echo parses the body and writes a response of the product's own size).
// FLOOR_RESPONSE names a file whose bytes /echo returns (the product's real response to the same body).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var response = File.ReadAllBytes(Environment.GetEnvironmentVariable("FLOOR_RESPONSE")
    ?? throw new InvalidOperationException("Set FLOOR_RESPONSE to the file /echo should answer with."));

app.MapGet("/healthz", () => Results.Text("ok"));
app.MapPost("/echo", async (HttpRequest request) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body);
    if (body.RootElement.ValueKind != JsonValueKind.Object) return Results.BadRequest();
    return Results.Bytes(response, "application/json");
});
app.Run();
