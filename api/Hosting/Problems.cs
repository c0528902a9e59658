using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookExit.Hosting;

/// <summary>The problem details every feature answers with for bad input, so that the same mistake reads the
/// same whichever endpoint it was sent to.</summary>
public static class Problems
{
    /// <summary>400 with the errors keyed by JSON path; the detail repeats the first message of each field.</summary>
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, string pathPrefix = "")
    {
        var keyed = errors.ToDictionary(e => pathPrefix + e.Key, e => e.Value);
        return TypedResults.ValidationProblem(keyed,
            detail: string.Join(" ", keyed.Select(e => $"'{e.Key}': {e.Value[0]}")),
            title: "One or more fields are invalid");
    }

    /// <summary>400 for one field.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>422: <paramref name="field"/> looks like it holds a password, key or token. The value is never echoed.</summary>
    public static ProblemHttpResult Secret(string field) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "A field looks like it contains a secret",
        detail: $"'{field}' looks like a password, key or token. Remove it and share access through a password manager instead; never put credentials in an email.",
        extensions: new Dictionary<string, object?> { ["field"] = field, ["errors"] = new Dictionary<string, string[]>
        {
            [field] = ["Looks like a password, key or token. Share access through a password manager instead."],
        } });
}
