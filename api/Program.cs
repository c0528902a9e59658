using OutlookExit.Features.AddIn;
using OutlookExit.Features.Drafts;
using OutlookExit.Features.Health;
using OutlookExit.Features.Options;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Features.Tone;
using OutlookExit.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Kestrel limits, request timeouts, security headers, CORS for the configured add-in origins
builder.AddHardening();

// Problem details for every error, JSON options shared by all endpoints
builder.Services.AddApiBasics();
// OpenAPI document and UI at /swagger
builder.Services.AddApiDocs();
// Sign-in and Graph reply drafts (501 until AzureAd is configured)
builder.Services.AddReplyDrafts(builder.Configuration);

var app = builder.Build();

app.UseHardening();

app.UseApiBasics();
app.UseApiDocs();
// The task pane (wwwroot)
app.UsePane();
app.UseReplyDraftsAuth();

app.MapHealth();
app.MapDrafts();
app.MapTone();
app.MapOptions();
app.MapManifests();
app.MapPaneConfig();
app.MapReplyDrafts();

app.Run();

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
