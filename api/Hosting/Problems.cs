using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookExit.Core.Validation;

namespace OutlookExit.Hosting;

/// <summary>One machine-readable error of a field in the `codes` member: the stable code and the values its
/// message names, so that a client can write its own words.</summary>
/// <param name="Code">A <see cref="ProblemCode"/> name, such as <c>invoice.currency.required</c>.</param>
/// <param name="Args">The values the message names (<c>max</c>, <c>allowed</c>, …); empty when none.</param>
public sealed record ProblemCodeEntry(string Code, IReadOnlyDictionary<string, object> Args);

/// <summary>The problem details every feature answers with for bad input, so that the same mistake reads the
/// same whichever endpoint it was sent to: `errors` (JSON path → messages in the caller's language, see
/// <see cref="ProblemLanguage"/>) and `codes` (JSON path → <see cref="ProblemCodeEntry"/>).</summary>
public static class Problems
{
    /// <summary>400 with the errors keyed by JSON path; the detail repeats the first message of each field.</summary>
    public static ValidationProblem Invalid(ProblemText text, IReadOnlyDictionary<string, FieldError[]> errors, string pathPrefix = "")
    {
        var details = InvalidDetails(text, errors, pathPrefix);
        return TypedResults.ValidationProblem(details.Errors, details.Detail, title: details.Title, extensions: details.Extensions);
    }

    /// <summary>400 for one field.</summary>
    public static ValidationProblem Invalid(ProblemText text, string field, FieldError error) =>
        Invalid(text, new Dictionary<string, FieldError[]> { [field] = [error] });

    /// <summary>The body of <see cref="Invalid(ProblemText, IReadOnlyDictionary{string, FieldError[]}, string)"/>
    /// (also written by <see cref="BadRequestProblems"/> and shown as the OpenAPI example).</summary>
    public static HttpValidationProblemDetails InvalidDetails(ProblemText text, IReadOnlyDictionary<string, FieldError[]> errors, string pathPrefix = "")
    {
        var messages = new Dictionary<string, string[]>(errors.Count, StringComparer.Ordinal);
        var codes = new Dictionary<string, ProblemCodeEntry[]>(errors.Count, StringComparer.Ordinal);
        foreach (var (path, list) in errors)
        {
            messages[pathPrefix + path] = [.. list.Select(text.Message)];
            codes[pathPrefix + path] = [.. list.Select(Entry)];
        }
        return new HttpValidationProblemDetails(messages)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text.Text("Problem.Invalid.Title"),
            Detail = string.Join(" ", messages.Select(e => text.Text("Problem.Invalid.Item", ("field", e.Key), ("message", e.Value[0])))),
            Extensions = { ["codes"] = codes },
        };
    }

    /// <summary>The `codes` entry of <paramref name="error"/>.</summary>
    public static ProblemCodeEntry Entry(FieldError error) => new(error.Code.Name, error.Args);

    /// <summary>422: <paramref name="field"/> looks like it holds a password, key or token. The value is never echoed.</summary>
    public static ProblemHttpResult Secret(ProblemText text, string field)
    {
        var p = SecretDetails(text, field);
        return TypedResults.Problem(p.Detail, statusCode: p.Status, title: p.Title, extensions: p.Extensions);
    }

    /// <summary>The body of <see cref="Secret"/>.</summary>
    public static ProblemDetails SecretDetails(ProblemText text, string field) =>
        FieldProblem(text, StatusCodes.Status422UnprocessableEntity, "Problem.Secret.Title",
            text.Text("Problem.Secret.Detail", ("field", field)), field, new FieldError(ProblemCode.SecretInText), named: true);

    /// <summary>A problem other than 400 that still concerns one field: `errors` and `codes` as a 400 has them
    /// (and, with <paramref name="named"/>, the field's path as `field`).</summary>
    public static ProblemDetails FieldProblem(ProblemText text, int status, string titleKey, string detail, string field, FieldError error, bool named = false)
    {
        var p = new ProblemDetails { Status = status, Title = text.Text(titleKey), Detail = detail };
        if (named) p.Extensions["field"] = field;
        p.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [text.Message(error)] };
        p.Extensions["codes"] = new Dictionary<string, ProblemCodeEntry[]> { [field] = [Entry(error)] };
        return p;
    }

    /// <summary>A problem with only a title and a detail from the texts.</summary>
    public static ProblemDetails Plain(ProblemText text, int status, string key, params (string Name, object Value)[] args) => new()
    {
        Status = status,
        Title = text.Text($"Problem.{key}.Title"),
        Detail = text.Text($"Problem.{key}.Detail", args),
    };

    /// <summary><paramref name="problem"/> as a typed result.</summary>
    public static ProblemHttpResult Result(ProblemDetails problem) => TypedResults.Problem(problem);
}
