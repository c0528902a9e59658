using System.Text;
using CsCheck;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Robustness;

/// <summary>Generators of valid draft requests whose every text field holds arbitrary Unicode: markup, quotes,
/// entities, emoji (with joiners), right-to-left text, combining marks, template braces, the checker's own trigger words.</summary>
public static class RequestGen
{
    /// <summary>Fragments that have broken renderers and checkers before (or could).</summary>
    private static readonly string[] Nasty =
    [
        "<script>alert(1)</script>", "<b onclick=\"x()\">bold</b>", "</p><p>", "<br/>", "<img src=x onerror=alert(1)>",
        "<!--", "-->", "<![CDATA[", "&amp;", "&lt;", "&#39;", "&", "<", ">", "\"", "'", "`", "“", "”", "„", "«", "»", "‹›",
        "'\"'\"", "\\", "{name}", "{{", "}}", "{*lastDay}", "%s", "{0}", "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "שלום עולם",
        "مرحبا بالعالم", "\u200F", "\u200E", "\u200B", "\u00A0", "\uFEFF", "Příliš žluťoučký kůň úpěl ďábelské ódy", "ÅÄÖ",
        "ﬁ", "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ⅻ", "ǅ", "İı", "ß", "you always", "you never", "sorry", "as per my last email",
        "maybe perhaps", "vždycky", "nikdy", "omlouvám se", "Ing. Dr.", "Nováková", "NOVÁK", "prof.", "Whitfield, Margaret", "Nguyễn Thị", "s.r.o.", "GmbH", "Mx", " ", "  ", ".", ",", "-", "—",
    ];

    /// <summary>One Unicode scalar that user text may contain: no controls, no direction overrides, no lone surrogates,
    /// no line or paragraph separators, no tag characters.</summary>
    public static readonly Gen<string> Scalar = Gen.Int[0x20, 0x10FFFF]
        .Where(c => c is not (>= 0x7F and <= 0x9F) and not (>= 0xD800 and <= 0xDFFF)
            and not (>= 0x202A and <= 0x202E) and not (>= 0x2066 and <= 0x2069)
            and not (0x2028 or 0x2029) and not (>= 0xE0000 and <= 0xE007F))
        .Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.OneOf(Nasty)),
        (3, Scalar.Array[1, 6].Select(string.Concat)),
        (3, Gen.Char['a', 'z'].Array[1, 10].Select(c => new string(c))),
        (1, Gen.Char[' ', '~'].Array[1, 10].Select(c => new string(c))));

    /// <summary>Text of at most <paramref name="max"/> UTF-16 units that is not blank; newlines only when allowed.</summary>
    public static Gen<string> Text(int max, bool newlines = false) =>
        (newlines ? Gen.Frequency((6, Piece), (1, Gen.OneOf("\n", "\r\n", "\n\n"))) : Piece)
        .Array[1, 12]
        .Select(parts => Fit(string.Concat(parts), max));

    /// <summary>Cut to <paramref name="max"/> and made to show something: a text of only spaces, zero-width and
    /// filler characters is refused by the contract, so a visible ASCII character leads when there is none.</summary>
    private static string Fit(string text, int max)
    {
        if (!text.Any(c => c is > ' ' and < '\u007F')) text = "x" + text;
        if (text.Length > max) text = text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
        return text.Trim().Length == 0 ? "x" : text;
    }

    private static Gen<List<T>> ListOf<T>(Gen<T> item, int max) => item.List[0, max];

    private static readonly DateOnly Earliest = new(2001, 1, 1);

    private static readonly Gen<Sender> Sender =
        Gen.Select(Text(200), Text(200).Null(0.4), Text(1000, newlines: true).Null(0.6),
            (name, business, signature) => new Sender { Name = name, Business = business, Signature = signature });

    private static readonly Gen<Client> Client =
        Gen.Select(Text(200).Null(0.2), Text(200).Null(0.4), Gen.Enum<Gender>().Nullable(), Text(200).Null(0.8), Text(200).Null(0.7),
            (name, company, gender, salutation, title) => new Client
            {
                Name = name ?? (company is null ? "Jordan" : null), Company = company, Gender = gender, Salutation = salutation,
                Title = title,
            });

    /// <summary>Sentences a client writes, with markup and things that look like secrets mixed in.</summary>
    public static readonly string[] ClientMessageSamples =
    [
        "Please reconsider, we would love you to stay.", "We can offer 20% more.", "Why are you leaving?", "Could you stay until March?",
        "Before you go, could you also finish the app?", "The last invoice seems too high.", "Can you recommend someone?",
        "Understood, thank you for everything.", "Zůstaňte prosím.", "Nabízíme vyšší sazbu.", "Proč odcházíte?", "Faktura nesedí.",
        "password: Hunter2!Secret", "api_key=sk_live_51H8xQmZ2eZvKYlo2C8xQmZ2eZvKYlo2C", "4111 1111 1111 1111",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
        "<script>alert(1)</script>", "<b onclick=\"x()\">stay</b>", "&amp; &lt;p&gt;", "{*lastDay}", "{name}",
    ];

    /// <summary>A client's message: anything at all up to the contract's 10,000 characters (markup, secrets, control
    /// characters, quoted history, the detector's own cue words), never blank.</summary>
    public static readonly Gen<string> ClientMessage = Gen.Frequency(
        (4, Gen.Frequency((6, Piece), (1, Gen.OneOf("\n", "\r\n", "\t", "\n> ", "\nOn Mon, Jordan wrote:\n"))).Array[1, 40]
            .Select(parts => Fit(string.Concat(parts), 10_000))),
        (2, Gen.OneOf(ClientMessageSamples).Array[1, 6].Select(parts => string.Join(" ", parts))),
        (1, Piece.Array[200, 1200].Select(parts => Fit(string.Concat(parts), 10_000))));

    /// <summary>A request that passes validation (it may still be refused as looking like a secret).</summary>
    public static readonly Gen<DraftRequest> ValidRequest =
        from today in Gen.Int[0, 35_000].Select(d => Earliest.AddDays(d))
        from kind in Gen.Enum<DraftKind>()
        from language in Gen.OneOf<string?>("en", "cs", "en-GB", "cs-CZ", "CS_cz", null)
        from tone in Gen.Enum<LetterTone>().Nullable()
        from sender in Sender
        from client in Client
        from reason in Gen.Select(Gen.Enum<ReasonCategory>().Nullable(), Gen.Bool, (c, d) => new Reason { Category = c, Disclose = d })
        from plan in Plan(today).Null(0.1)
        from offer in Gen.Bool
        from note in Text(1000, newlines: true).Null(0.3)
        from message in ClientMessage
        from asks in Gen.Enum<ClientAsk>().Array[0, 4].Null(0.7)
        select kind == DraftKind.HoldFirm
            ? new DraftRequest
            {
                Kind = kind, Language = language, Tone = tone, Today = today, Sender = sender, Client = client,
                Reason = reason, Plan = (plan ?? new TransitionPlan()) with { LastWorkingDay = plan?.LastWorkingDay ?? today },
                OfferReferences = offer, PersonalNote = note, ClientMessage = message, ClientAsks = asks,
            }
            : new DraftRequest
            {
                Kind = kind, Language = language, Tone = tone, Today = today, Sender = sender, Client = client,
                Reason = reason, Plan = plan, OfferReferences = offer, PersonalNote = note,
                // Ignored on every other kind.
                ClientMessage = asks is null ? null : message,
            };


    private static Gen<Invoice> Invoice(DateOnly today) =>
        Gen.Select(Text(200), Gen.OneOf("EUR", "CZK", "USD", "GBP", "JPY", "eur", " czk "), Gen.Long[1, 99_999_999_999],
            Gen.Int[-365, 1000].Select(d => today.AddDays(d)).Nullable(0.3),
            (number, currency, units, due) => new Invoice
            {
                Number = number, Currency = currency, Due = due,
                Amount = currency.Trim().ToUpperInvariant() == "JPY" ? units : units / 100m,
            });

    private static Gen<TransitionPlan> Plan(DateOnly today) =>
        from last in Gen.Int[0, 1000].Select(d => today.AddDays(d)).Nullable(0.4)
        from notice in Gen.Int[0, 365].Nullable(0.6)
        from deliverables in ListOf(Gen.Select(Text(200), Gen.Int[-365, 1000].Select(d => today.AddDays(d)).Nullable(0.3),
            (title, due) => new Deliverable { Title = title, Due = due }), 6)
        from invoices in ListOf(Invoice(today), 4)
        from handover in ListOf(Gen.Enum<HandoverItem>(), 5)
        from referrals in ListOf(Gen.Select(Text(200), Text(200).Null(0.4), Text(200).Null(0.4),
            (name, contact, specialty) => new Referral { Name = name, Contact = contact, Specialty = specialty }), 4)
        from help in Gen.Bool
        from brief in Gen.Bool
        from tools in ListOf(Text(200), 4)
        select new TransitionPlan
        {
            LastWorkingDay = last, NoticeDays = notice, Deliverables = deliverables, Invoices = invoices, Handover = handover,
            Referrals = referrals, HelpInterviewReplacement = help, BriefReplacement = brief, InterimTools = tools,
        };

    /// <summary>Text for the tone checker: ordinary words, trigger words, quotes and arbitrary Unicode, up to the API's limit.</summary>
    public static readonly Gen<string> ToneText = Gen.Frequency(
        (3, Text(1000, newlines: true)),
        (1, Gen.OneOf("you ", "a", "\"", "'", "„", "always ", "sorry ", "ne", "x\n").SelectMany(unit =>
            Gen.Int[1, 2500].Select(n => new StringBuilder().Insert(0, unit, n).ToString()))),
        (1, Piece.Array[50, 400].Select(parts => Fit(string.Concat(parts), 10_000))));
}
