using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using OutlookExit.Core.Validation;

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
        // The body could not be read, so its `language` is unknown: Accept-Language, else English.
        var text = ProblemLanguage.For(context);
        var problem = Describe(text, status, FindJsonException(bad), bad.Message);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }

    /// <summary>The problem for a request the framework refused with <paramref name="status"/> (413, 415, or 400 with
    /// the JSON error <paramref name="json"/> when there is one), in <paramref name="text"/>'s language.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Describe(ProblemText text, int status, JsonException? json, string? message = null)
    {
        if (status == StatusCodes.Status413PayloadTooLarge)
            return Problems.Plain(text, status, "TooLarge", ("maxKiB", ApiBasics.MaxBodyBytes / 1024));
        if (status == StatusCodes.Status415UnsupportedMediaType)
            return Problems.Plain(text, status, "UnsupportedMediaType");
        if (json is not null)
        {
            var field = FieldOf(json.Path);
            var error = json switch
            {
                FieldValueException value => value.Error,
                // AllowDuplicateProperties = false: the reader names the property in its path.
                _ when json.Message.Contains("uplicate", StringComparison.Ordinal) => new FieldError(ProblemCode.JsonDuplicateProperty),
                _ when json.InnerException is FormatException or OverflowException or InvalidOperationException => new FieldError(ProblemCode.JsonOutOfRange),
                _ when json.Path is null or "$" => new FieldError(ProblemCode.JsonInvalid),
                _ => new FieldError(ProblemCode.JsonWrongType),
            };
            var details = Problems.InvalidDetails(text, new Dictionary<string, FieldError[]> { [field.Length == 0 ? "body" : field] = [error] });
            if (field.Length == 0) details.Detail = text.Text("Problem.BodyNotJson.Detail");
            return details;
        }
        var missingBody = message?.Contains("body", StringComparison.OrdinalIgnoreCase) == true;
        var code = missingBody ? ProblemCode.BodyRequired : ProblemCode.RequestUnreadable;
        return Problems.FieldProblem(text, StatusCodes.Status400BadRequest, "Problem.BadRequest.Title", text.Message(code), "body", new FieldError(code));
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
