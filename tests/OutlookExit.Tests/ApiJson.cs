using System.Text.Json;
using OutlookExit.Hosting;

namespace OutlookExit.Tests;

/// <summary>The API's own JSON rules (camelCase, strict enums and dates), for tests that read or write requests and
/// responses without going through HTTP.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiBasics.Configure(o);
        return o;
    }
}
