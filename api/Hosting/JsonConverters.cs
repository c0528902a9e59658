using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;

namespace OutlookExit.Hosting;

/// <summary>A JSON value that is well-formed but not allowed for its field: its code and values (the English
/// message is the exception's message, safe to show; <see cref="BadRequestProblems"/> writes it in the caller's language).</summary>
public sealed class FieldValueException(FieldError error) : JsonException(ProblemText.For("en").Message(error))
{
    /// <summary>What is wrong with the value.</summary>
    public FieldError Error { get; } = error;
}

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
    private static readonly (string Name, T Value)[] Names = [.. EnumNames.All<T>()];

    private static readonly FieldError NotAName = FieldError.Of(ProblemCode.JsonEnumValue, ("allowed", Names.Select(n => n.Name).ToArray()));

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
        throw new FieldValueException(NotAName);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(EnumNames.Of(value));
    }
}

/// <summary>Dates as ISO `YYYY-MM-DD` only, with an error that says so.</summary>
public sealed class StrictDateOnlyConverter : JsonConverter<DateOnly>
{
    private static readonly FieldError NotADate = new(ProblemCode.JsonDate);

    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Digits by position rather than DateOnly.TryParseExact: same rule (exactly YYYY-MM-DD, ASCII digits,
        // a real date), a fraction of the cost, and no escaped forms to worry about.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && TryParseIso(reader.ValueSpan, out var date))
            return date;
        throw new FieldValueException(NotADate);
    }

    /// <summary>Parses exactly `YYYY-MM-DD` (UTF-8) into a real calendar date from 0001-01-01 to 9999-12-31.</summary>
    public static bool TryParseIso(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-') return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (!char.IsAsciiDigit((char)b)) return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        Span<char> chars = stackalloc char[10];
        value.TryFormat(chars, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(chars);
    }
}
