using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlookExit.Http;

/// <summary>A JSON value that is well-formed but not allowed for its field; the message is safe to show.</summary>
public sealed class FieldValueException(string message) : JsonException(message);

/// <summary>Enums as camelCase strings only: no numbers, no unknown names; the error lists the allowed values.</summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>See <see cref="StrictEnumConverterFactory"/>.</summary>
public sealed class StrictEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly (string Name, T Value)[] Names =
        [.. Enum.GetValues<T>().Select(v => (JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v))];

    private static readonly string Allowed = string.Join(", ", Names.Select(n => n.Name));

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (name, value) in Names)
                if (reader.ValueTextEquals(name)) return value;
            var text = reader.GetString();
            foreach (var (name, value) in Names)
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return value;
        }
        throw new FieldValueException($"Must be one of: {Allowed}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (name, v) in Names)
            if (EqualityComparer<T>.Default.Equals(v, value)) { writer.WriteStringValue(name); return; }
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }
}

/// <summary>Dates as ISO `YYYY-MM-DD` only, with an error that says so.</summary>
public sealed class StrictDateOnlyConverter : JsonConverter<DateOnly>
{
    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.Length == 10)
        {
            Span<char> chars = stackalloc char[10];
            var n = reader.CopyString(chars);
            if (DateOnly.TryParseExact(chars[..n], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        throw new FieldValueException("Must be a real calendar date written as YYYY-MM-DD.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        Span<char> chars = stackalloc char[10];
        value.TryFormat(chars, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(chars);
    }
}
