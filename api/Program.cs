using OutlookExit.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddHardening();

// Problem details for every error, JSON options shared by all endpoints
builder.Services.AddApiBasics();
// OpenAPI document and UI at /swagger
builder.Services.AddApiDocs();

var app = builder.Build();
app.UseHardening();

app.UseApiBasics();
app.UseApiDocs();

app.MapHealth();
app.MapDrafts();
app.MapTone();
app.MapOptions();

app.Run();

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
