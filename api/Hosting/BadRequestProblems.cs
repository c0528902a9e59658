using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace OutlookExit.Hosting;

/// <summary>Turns what the framework rejects before a handler runs (malformed JSON, wrong content type,
/// oversized bodies, values of the wrong type) into problem details naming the field. Never echoes input.</summary>
public sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Bodies in a charset other than UTF-8 never get this far: RequestGuards answers them with 415.
        var bad = exception as BadHttpRequestException;
        if (bad is null || context.Response.HasStarted) return false;

        var status = bad.StatusCode;
        Dictionary<string, string[]>? errors = null;
        string title, detail;
        var json = FindJsonException(bad);
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            title = "Request body too large";
            detail = $"The body may be at most {ApiBasics.MaxBodyBytes / 1024} KiB.";
        }
        else if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            title = "Unsupported content type";
            detail = "Send the body as application/json.";
        }
        else if (json is not null)
        {
            status = StatusCodes.Status400BadRequest;
            var field = FieldOf(json.Path);
            var message = json switch
            {
                FieldValueException => json.Message,
                // AllowDuplicateProperties = false: the reader names the property in its path.
                _ when json.Message.Contains("uplicate", StringComparison.Ordinal) => "Appears more than once; send each property once.",
                _ when json.InnerException is FormatException or OverflowException or InvalidOperationException =>
                    "Has the wrong type or is out of range for this field.",
                _ when json.Path is null or "$" => "Is not valid JSON.",
                _ => "Is not valid JSON or has the wrong type for this field.",
            };
            title = "One or more fields are invalid";
            detail = field.Length == 0 ? "The body is not valid JSON." : $"'{field}': {message}";
            errors = new() { [field.Length == 0 ? "body" : field] = [message] };
        }
        else
        {
            status = StatusCodes.Status400BadRequest;
            title = "Bad request";
            detail = bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? "A JSON body is required." : "The request could not be read.";
        }

        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is not null) problem.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }

    private static JsonException? FindJsonException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is JsonException j) return j;
        return null;
    }

    /// <summary>`$.plan.deliverables[0].due` → `plan.deliverables[0].due`.</summary>
    public static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
