using System.Reflection;

namespace OutlookExit.Core.Validation;

/// <summary>A stable machine code for one thing wrong with one field (`invoice.currency.required`). Every code the
/// API can give a field is declared here, and only here (the constructor is private), so <see cref="All"/> is the
/// complete table; its words in each language live in <c>Resources/Problems.*.resx</c> under the code's name.</summary>
public sealed class ProblemCode
{
    /// <summary>The code as it appears in the `codes` member of a problem.</summary>
    public string Name { get; }

    private ProblemCode(string name) => Name = name;

    /// <inheritdoc />
    public override string ToString() => Name;

    // Texts the user typed (names, titles, notes, tools)
    /// <summary>A required text is missing or blank.</summary>
    public static readonly ProblemCode TextRequired = new("text.required");
    /// <summary>A text is longer than allowed. Args: <c>max</c>.</summary>
    public static readonly ProblemCode TextTooLong = new("text.tooLong");
    /// <summary>A one-line field has a line break (or a line/paragraph separator).</summary>
    public static readonly ProblemCode TextSingleLine = new("text.singleLine");
    /// <summary>A note or signature uses U+2028/U+2029 instead of an ordinary newline.</summary>
    public static readonly ProblemCode TextLineSeparator = new("text.lineSeparator");
    /// <summary>A control character.</summary>
    public static readonly ProblemCode TextControlCharacter = new("text.controlCharacter");
    /// <summary>A text-direction override or isolate character.</summary>
    public static readonly ProblemCode TextDirectionOverride = new("text.directionOverride");
    /// <summary>Broken UTF-16 (a lone surrogate).</summary>
    public static readonly ProblemCode TextInvalidUnicode = new("text.invalidUnicode");
    /// <summary>Invisible tag characters outside a flag.</summary>
    public static readonly ProblemCode TextTagCharacters = new("text.tagCharacters");
    /// <summary>A text that shows nothing (only spaces, zero-width or blank characters).</summary>
    public static readonly ProblemCode TextInvisible = new("text.invisible");
    /// <summary>A text looks like a password, key, token, private key, connection string or card number (422).</summary>
    public static readonly ProblemCode SecretInText = new("secret.found");

    // The request
    /// <summary>`kind` is missing. Args: <c>allowed</c>.</summary>
    public static readonly ProblemCode KindRequired = new("kind.required");
    /// <summary>`language` is not a supported language. Args: <c>supported</c>.</summary>
    public static readonly ProblemCode LanguageUnsupported = new("language.unsupported");
    /// <summary>`today` is outside the years the product works with. Args: <c>earliest</c>, <c>latest</c>.</summary>
    public static readonly ProblemCode TodayOutOfRange = new("today.outOfRange");
    /// <summary>`sender` is missing.</summary>
    public static readonly ProblemCode SenderRequired = new("sender.required");
    /// <summary>`client` is missing.</summary>
    public static readonly ProblemCode ClientRequired = new("client.required");
    /// <summary>Neither the client's name nor the company is given.</summary>
    public static readonly ProblemCode ClientNameOrCompany = new("client.nameOrCompany");

    // The plan
    /// <summary>`plan.noticeDays` out of range. Args: <c>min</c>, <c>max</c>.</summary>
    public static readonly ProblemCode NoticeDaysOutOfRange = new("plan.noticeDays.outOfRange");
    /// <summary>`plan.lastWorkingDay` is before today.</summary>
    public static readonly ProblemCode LastWorkingDayInPast = new("plan.lastWorkingDay.beforeToday");
    /// <summary>A date more than three years ahead. Args: <c>years</c>.</summary>
    public static readonly ProblemCode DateTooLate = new("date.tooLate");
    /// <summary>A due date too far in the past. Args: <c>days</c>.</summary>
    public static readonly ProblemCode DateTooEarly = new("date.tooEarly");
    /// <summary>A list with too many items. Args: <c>max</c>.</summary>
    public static readonly ProblemCode ListTooLong = new("list.tooLong");
    /// <summary>A work item that is null instead of an object.</summary>
    public static readonly ProblemCode DeliverableNotObject = new("deliverable.notObject");
    /// <summary>An invoice that is null instead of an object.</summary>
    public static readonly ProblemCode InvoiceNotObject = new("invoice.notObject");
    /// <summary>A referral that is null instead of an object.</summary>
    public static readonly ProblemCode ReferralNotObject = new("referral.notObject");
    /// <summary>An invoice without a currency.</summary>
    public static readonly ProblemCode CurrencyRequired = new("invoice.currency.required");
    /// <summary>An invoice currency that is not an ISO 4217 code.</summary>
    public static readonly ProblemCode CurrencyUnknown = new("invoice.currency.unknown");
    /// <summary>An invoice without an amount.</summary>
    public static readonly ProblemCode AmountRequired = new("invoice.amount.required");
    /// <summary>An amount of zero or less.</summary>
    public static readonly ProblemCode AmountNotPositive = new("invoice.amount.notPositive");
    /// <summary>An amount over the largest accepted. Args: <c>max</c>.</summary>
    public static readonly ProblemCode AmountTooLarge = new("invoice.amount.tooLarge");
    /// <summary>More decimal places than the currency uses. Args: <c>currency</c>, <c>decimals</c>.</summary>
    public static readonly ProblemCode AmountTooPrecise = new("invoice.amount.tooPrecise");

    // The reply to the client's pushback (holdFirm)
    /// <summary>`clientMessage` is missing or blank on a `holdFirm` request.</summary>
    public static readonly ProblemCode ClientMessageRequired = new("holdFirm.clientMessage.required");
    /// <summary>`plan.lastWorkingDay` is missing on a `holdFirm` request (the reply keeps that date).</summary>
    public static readonly ProblemCode HoldFirmLastDayRequired = new("holdFirm.lastWorkingDay.required");

    // The JSON itself (refused before any handler runs)
    /// <summary>The body is not JSON at all.</summary>
    public static readonly ProblemCode JsonInvalid = new("json.invalid");
    /// <summary>A value that is not valid JSON here or has the wrong type.</summary>
    public static readonly ProblemCode JsonWrongType = new("json.wrongType");
    /// <summary>A number or value out of range for its type (an amount with 40 digits, a boolean where a number goes).</summary>
    public static readonly ProblemCode JsonOutOfRange = new("json.outOfRange");
    /// <summary>The same property twice in one object.</summary>
    public static readonly ProblemCode JsonDuplicateProperty = new("json.duplicateProperty");
    /// <summary>A value that is not one of an enum's names. Args: <c>allowed</c>.</summary>
    public static readonly ProblemCode JsonEnumValue = new("json.enumValue");
    /// <summary>A date not written as a real YYYY-MM-DD date.</summary>
    public static readonly ProblemCode JsonDate = new("json.date");
    /// <summary>No body where one is required.</summary>
    public static readonly ProblemCode BodyRequired = new("body.required");
    /// <summary>A request that could not be read at all.</summary>
    public static readonly ProblemCode RequestUnreadable = new("request.unreadable");
    /// <summary>A body in a charset other than UTF-8 (415, on `Content-Type`).</summary>
    public static readonly ProblemCode ContentTypeCharset = new("header.contentType.charset");
    /// <summary>A Host header that is not a host name.</summary>
    public static readonly ProblemCode HostInvalid = new("header.host.invalid");

    // Reply drafts
    /// <summary>No Idempotency-Key header.</summary>
    public static readonly ProblemCode IdempotencyKeyRequired = new("idempotencyKey.required");
    /// <summary>An Idempotency-Key that is too long or not printable ASCII. Args: <c>max</c>.</summary>
    public static readonly ProblemCode IdempotencyKeyInvalid = new("idempotencyKey.invalid");
    /// <summary>An Idempotency-Key already used with a different body (422).</summary>
    public static readonly ProblemCode IdempotencyKeyReused = new("idempotencyKey.reused");
    /// <summary>No messageId.</summary>
    public static readonly ProblemCode MessageIdRequired = new("messageId.required");
    /// <summary>A messageId that is not a REST id. Args: <c>max</c>.</summary>
    public static readonly ProblemCode MessageIdInvalid = new("messageId.invalid");
    /// <summary>A mailbox that is neither a GUID nor an SMTP address. Args: <c>max</c>.</summary>
    public static readonly ProblemCode MailboxInvalid = new("mailbox.invalid");
    /// <summary>No draft in a reply-draft request.</summary>
    public static readonly ProblemCode DraftRequired = new("draft.required");

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } =
    [
        .. typeof(ProblemCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemCode))
            .Select(f => (ProblemCode)f.GetValue(null)!),
    ];
}

/// <summary>One error of one field: its code and the values its message names (numbers, codes, lists, dates).
/// Data only; <see cref="ProblemText"/> turns it into words.</summary>
public readonly record struct FieldError(ProblemCode Code, IReadOnlyDictionary<string, object> Args)
{
    private static readonly IReadOnlyDictionary<string, object> NoArgs = new Dictionary<string, object>().AsReadOnly();

    /// <summary>An error whose message names nothing.</summary>
    public FieldError(ProblemCode code) : this(code, NoArgs) { }

    /// <summary>An error with its values (<c>int</c>, <c>decimal</c>, <c>string</c>, <c>string[]</c> or <c>DateOnly</c>).</summary>
    public static FieldError Of(ProblemCode code, params (string Name, object Value)[] args) =>
        new(code, args.Length == 0 ? NoArgs : args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal).AsReadOnly());

    /// <inheritdoc />
    public override string ToString() => Args.Count == 0 ? Code.Name
        : Code.Name + "(" + string.Join(", ", Args.Select(a => a.Key + "=" + (a.Value is string[] list ? string.Join("|", list) : a.Value))) + ")";
}
