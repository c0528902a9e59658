using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Validation;

/// <summary>The table of problem codes: every code the API can emit has a text in every language, with the same
/// placeholders, and the list of codes is read from the code (the declarations and the places that emit them).</summary>
public partial class ProblemTextTableTests
{
    private static string ApiDir([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "..", "api"));

    public static TheoryData<string, string> CodesByLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in ProblemCode.All)
            foreach (var language in Languages.Supported)
                data.Add(code.Name, language);
        return data;
    }

    [Fact]
    public void TheTableHasEveryDeclaredCodeOnceAndTheLanguagesAreEnglishAndCzech()
    {
        var fields = typeof(ProblemCode).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(ProblemCode)).ToList();
        Assert.Equal(fields.Count, ProblemCode.All.Count);
        Assert.True(ProblemCode.All.Count >= 45, $"{ProblemCode.All.Count} codes");
        Assert.Equal(ProblemCode.All.Count, ProblemCode.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ProblemCode.All, c => Assert.Matches(@"^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$", c.Name));
        Assert.Equal(["en", "cs"], Languages.Supported);
    }

    [Theory, MemberData(nameof(CodesByLanguage))]
    public void EveryCodeHasATextInEveryLanguageWithTheEnglishPlaceholders(string code, string language)
    {
        var text = ProblemText.For(language).Raw(code);
        var english = ProblemText.For("en").Raw(code);
        Assert.False(string.IsNullOrWhiteSpace(text), $"no {language} text for {code}");
        Assert.False(string.IsNullOrWhiteSpace(english), $"no English text for {code}");
        Assert.Equal(ProblemText.Placeholders(english!).Order(), ProblemText.Placeholders(text!).Order());
        if (language != "en") Assert.NotEqual(english, text);
    }

    [Fact]
    public void EveryKeyOfTheResourcesIsInEveryLanguageWithTheSamePlaceholders()
    {
        var english = ProblemText.For("en");
        foreach (var language in Languages.Supported)
        {
            var other = ProblemText.For(language);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            foreach (var key in english.Keys)
            {
                Assert.False(string.IsNullOrWhiteSpace(other.Raw(key)), $"{language}: {key} is empty");
                Assert.Equal(ProblemText.Placeholders(english.Raw(key)!).Order(), ProblemText.Placeholders(other.Raw(key)!).Order());
            }
        }
        // Every key that looks like a code is a declared code: no orphan texts.
        var codes = ProblemCode.All.Select(c => c.Name).ToHashSet();
        var codeLike = english.Keys.Where(k => char.IsLower(k[0])).ToList();
        Assert.All(codeLike, k => Assert.Contains(k, codes));
    }

    [Fact]
    public void EveryCodeTheApiEmitsIsDeclaredAndEveryDeclaredCodeIsEmittedSomewhere()
    {
        // Read from the sources: every `ProblemCode.X` outside the declarations is a code some path can emit.
        var api = ApiDir();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories))
        {
            if (file.EndsWith(Path.Combine("Validation", "ProblemCode.cs"), StringComparison.Ordinal)) continue;
            if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            foreach (Match m in Reference().Matches(File.ReadAllText(file)))
                if (m.Groups[1].Value != "All") used.Add(m.Groups[1].Value);
        }
        var declared = typeof(ProblemCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemCode)).ToDictionary(f => f.Name, f => (ProblemCode)f.GetValue(null)!);
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(declared.ContainsKey(name), $"ProblemCode.{name} is not declared"));
        Assert.All(declared.Keys, name => Assert.True(used.Contains(name), $"ProblemCode.{name} is never emitted"));
        // …and each of them has its words.
        foreach (var name in used)
            foreach (var language in Languages.Supported)
                Assert.False(string.IsNullOrWhiteSpace(ProblemText.For(language).Raw(declared[name].Name)));
    }

    [GeneratedRegex(@"(?<![\w.])ProblemCode\.([A-Z]\w*)")]
    private static partial Regex Reference();

    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>Requests that break one rule each; every error they produce renders in every language with all
    /// its values (Fill throws on a missing one) and carries the values its English text names.</summary>
    public static TheoryData<string> Broken() =>
    [
        "today", "kind", "language", "sender", "client", "clientName", "notice", "lastDayPast", "lastDayLate",
        "lists", "nullItems", "currencyMissing", "currencyUnknown", "amountMissing", "amountZero", "amountHuge",
        "amountCents", "titleLong", "noteLong", "control", "direction", "tags", "invisible", "separator", "oldDue", "lateDue",
        "holdFirmBare", "clientMessageLong",
    ];

    private static DraftRequest Valid() => new()
    {
        Kind = DraftKind.Termination, Language = "en",
        Sender = new Sender { Name = "Alex Rivera" }, Client = new Client { Name = "Jordan Lee" },
    };

    private static DraftRequest Break(string rule)
    {
        var r = Valid();
        Invoice Inv(string? currency, decimal? amount) => new() { Number = "2026-041", Currency = currency, Amount = amount };
        TransitionPlan Plan(Invoice inv) => new() { Invoices = [inv] };
        return rule switch
        {
            "today" => r with { Today = new DateOnly(1999, 1, 1) },
            "kind" => r with { Kind = null },
            "language" => r with { Language = "de" },
            "sender" => r with { Sender = null },
            "client" => r with { Client = null },
            "clientName" => r with { Client = new Client() },
            "notice" => r with { Plan = new TransitionPlan { NoticeDays = 400 } },
            "lastDayPast" => r with { Today = Today, Plan = new TransitionPlan { LastWorkingDay = Today.AddDays(-1) } },
            "lastDayLate" => r with { Today = Today, Plan = new TransitionPlan { LastWorkingDay = Today.AddYears(4) } },
            "lists" => r with { Plan = new TransitionPlan { InterimTools = [.. Enumerable.Repeat("board", 21)] } },
            "nullItems" => r with { Plan = new TransitionPlan { Deliverables = [null!], Invoices = [null!], Referrals = [null!] } },
            "currencyMissing" => r with { Plan = Plan(Inv(null, 10m)) },
            "currencyUnknown" => r with { Plan = Plan(Inv("XYZ", 10m)) },
            "amountMissing" => r with { Plan = Plan(Inv("EUR", null)) },
            "amountZero" => r with { Plan = Plan(Inv("EUR", 0m)) },
            "amountHuge" => r with { Plan = Plan(Inv("EUR", 2_000_000_000_000m)) },
            "amountCents" => r with { Plan = Plan(Inv("JPY", 10.5m)) },
            "titleLong" => r with { Plan = new TransitionPlan { Deliverables = [new Deliverable { Title = new string('x', 201) }] } },
            "noteLong" => r with { PersonalNote = new string('x', 1001) },
            "control" => r with { Sender = new Sender { Name = "Alex\u0007" } },
            "direction" => r with { Sender = new Sender { Name = "Alex\u202E" } },
            "tags" => r with { Sender = new Sender { Name = "Alex\U000E0041" } },
            "invisible" => r with { Sender = new Sender { Name = "\u200B" } },
            "separator" => r with { PersonalNote = "Thanks.\u2028See you." },
            "oldDue" => r with { Today = Today, Plan = new TransitionPlan { Deliverables = [new Deliverable { Title = "x", Due = Today.AddDays(-400) }] } },
            "lateDue" => r with { Today = Today, Plan = new TransitionPlan { Deliverables = [new Deliverable { Title = "x", Due = Today.AddYears(4) }] } },
            "holdFirmBare" => r with { Kind = DraftKind.HoldFirm },
            "clientMessageLong" => r with { Kind = DraftKind.HoldFirm, ClientMessage = new string('x', 10_001), Plan = new TransitionPlan { LastWorkingDay = Today.AddDays(14) }, Today = Today },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    [Theory, MemberData(nameof(Broken))]
    public void EveryValidatorErrorRendersInEveryLanguageWithItsValues(string rule)
    {
        var result = PlanValidator.Validate(Break(rule), Today);
        Assert.Null(result.Plan);
        Assert.NotEmpty(result.Errors);
        foreach (var (field, errors) in result.Errors)
            foreach (var error in errors)
            {
                var placeholders = ProblemText.Placeholders(ProblemText.For("en").Raw(error.Code.Name)!);
                Assert.Equal(placeholders.Order(), error.Args.Keys.Order());
                foreach (var language in Languages.Supported)
                {
                    var message = ProblemText.For(language).Message(error);
                    Assert.False(string.IsNullOrWhiteSpace(message), $"{field}: {error}");
                    Assert.DoesNotContain("{", message);
                }
            }
    }

    [Fact]
    public void ValuesAreWrittenTheWayEachLanguageWritesThem()
    {
        var error = FieldError.Of(ProblemCode.TextTooLong, ("max", 10_000));
        Assert.Equal("Must be at most 10,000 characters.", ProblemText.For("en").Message(error));
        Assert.Equal("Zkraťte text nejvýš na 10\u00a0000 znaků.", ProblemText.For("cs").Message(error));
        var today = FieldError.Of(ProblemCode.TodayOutOfRange, ("earliest", new DateOnly(2000, 1, 1)), ("latest", new DateOnly(2099, 12, 31)));
        Assert.Equal("Must be between 1 January 2000 and 31 December 2099.", ProblemText.For("en").Message(today));
        Assert.Equal("Zadejte datum mezi 1. ledna 2000 a 31. prosince 2099.", ProblemText.For("cs").Message(today));
        Assert.Equal("Zadejte kód měny podle ISO 4217, například CZK nebo EUR.", ProblemText.For("cs").Message(ProblemCode.CurrencyRequired));
    }
}
