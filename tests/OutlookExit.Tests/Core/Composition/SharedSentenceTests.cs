using System.Globalization;
using System.Text.RegularExpressions;
using OutlookExit.Core;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using Xunit.Abstractions;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>Two letters of different people must not read as one template: over twelve requests per language (different
/// senders, clients and plans, one tone), for every pair, the share of sentences of four or more words (greeting, sign-off
/// and list items left out, names and numbers masked) that appear word for word in both, divided by the smaller letter's
/// count. The mean over all pairs stays at or below 0.35, and no pair goes above 0.6.</summary>
public class SharedSentenceTests(ITestOutputHelper output)
{
    private static readonly (string Sender, string? Business, string Client, string? Company)[] English =
    [
        ("Alex Rivera", "Rivera Studio", "Jordan Lee", "Acme Ltd"),
        ("Sam Park", null, "Margaret Whitfield", "Whitfield & Co"),
        ("Priya Shah", "Shah Copy", "Tom Baker", null),
        ("Liam O'Connor", "Green Door Design", "Ana Costa", "Costa Foods"),
        ("Mia Novak", null, "Chris Evans", "Northwind Logistics"),
        ("Ben Carter", "Carter Digital", "Olivia Brown", "Brown Legal"),
        ("Hana Sato", "Sato Translations", "Peter Grant", null),
        ("Noah Fischer", null, "Emma Wilson", "Wilson Bakery"),
        ("Zoe Adams", "Adams Analytics", "Raj Patel", "Patel Pharmacy"),
        ("Omar Haddad", "Haddad Photo", "Lucy Gray", "Gray Events"),
        ("Ella Moore", null, "Jack Turner", "Turner Build"),
        ("Leo Martin", "Martin Sound", "Nina Ross", null),
    ];

    private static readonly (string Sender, string? Business, string Client, string? Company)[] Czech =
    [
        ("Petra Malá", "Malá grafika", "Tomáš Hruška", "Tiskárna Hruška"),
        ("Jan Dvořák", null, "Eva Černá", "Černá a partneři"),
        ("Lucie Bartošová", "Texty Bartošová", "Pavel Novotný", null),
        ("Martin Král", "Král Web", "Jana Nováková", "Pekárna Nová"),
        ("Tereza Veselá", null, "Karel Němec", "Stavby Němec"),
        ("Ondřej Svoboda", "Svoboda Foto", "Alena Marková", "Marková účetnictví"),
        ("Klára Horáková", "Překlady Horáková", "Jiří Procházka", null),
        ("David Kučera", null, "Lenka Pokorná", "Pokorná Design"),
        ("Barbora Šťastná", "Šťastná Data", "Michal Beneš", "Beneš Logistika"),
        ("Tomáš Fiala", "Fiala Zvuk", "Hana Dušková", "Dušková Events"),
        ("Veronika Sedláčková", null, "Roman Kolář", "Kolář Stavby"),
        ("Lukáš Zeman", "Zeman Marketing", "Ivana Blažková", null),
    ];

    /// <summary>Twelve different plans: kinds of handover, money, help and reasons, in the order of the people above.</summary>
    private static DraftRequest Request(string language, int i, (string Sender, string? Business, string Client, string? Company) who)
    {
        var today = new DateOnly(2026, 11, 23).AddDays(i % 5);
        var cs = language == "cs";
        var handover = new[]
        {
            new[] { HandoverItem.Files, HandoverItem.Credentials, HandoverItem.Documentation },
            [HandoverItem.Files],
            [HandoverItem.Documentation, HandoverItem.Accounts],
            [HandoverItem.Credentials, HandoverItem.Accounts],
            [],
            [HandoverItem.Files, HandoverItem.Documentation, HandoverItem.Accounts, HandoverItem.Credentials],
        }[i % 6];
        return new DraftRequest
        {
            Kind = DraftKind.Termination,
            Language = language,
            Tone = LetterTone.Neutral,
            Today = today,
            Sender = new Sender { Name = who.Sender, Business = who.Business },
            Client = new Client { Name = who.Client, Company = who.Company },
            Reason = new Reason { Category = (ReasonCategory)(i % 6), Disclose = i % 3 == 0 },
            NewFocus = i % 4 == 1 ? (cs ? "strategie značky pro hotely" : "brand strategy for hotels") : null,
            ServiceEnding = i % 5 == 2 ? (cs ? "měsíční newsletter" : "the monthly newsletter") : null,
            OfferReferences = i % 2 == 0,
            AskForTestimonial = i % 4 == 0,
            Plan = new TransitionPlan
            {
                LastWorkingDay = today.AddDays(10 + i),
                Deliverables = i % 3 == 2 ? [] : [new Deliverable { Title = cs ? $"Úkol {i}" : $"Task {i}", Due = today.AddDays(5) }],
                Invoices = i % 2 == 1 ? [new Invoice { Number = $"2026-{i:000}", Amount = 100m * (i + 1), Currency = cs ? "CZK" : "EUR", Due = today.AddDays(3) }] : [],
                Handover = handover,
                Referrals = i % 3 == 0 ? [new Referral { Name = cs ? "Jana Dvořáková" : "Kim Lo", Specialty = cs ? "web" : "web design" }] : [],
                HelpInterviewReplacement = i % 2 == 0,
                BriefReplacement = i % 3 != 1,
                InterimTools = i % 4 == 3 ? ["Trello"] : [],
            },
        };
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void LettersOfDifferentPeopleShareAtMostAThirdOfTheirSentences(string language)
    {
        var people = language == "cs" ? Czech : English;
        var letters = people.Select((who, i) =>
        {
            var request = Request(language, i, who);
            var (plan, letter) = LetterMatrix.Compose(request);
            // Composing through the production entry point: the same wording the API returns.
            Assert.IsType<DraftOutcome.Composed>(DraftPipeline.Compose(request, plan.Today));
            return Sentences(letter, request, language);
        }).ToList();
        Assert.Equal(12, letters.Count);
        Assert.All(letters, l => Assert.True(l.Count >= 5, $"a letter of {l.Count} sentences"));

        var shares = new List<(int A, int B, double Share)>();
        for (var a = 0; a < letters.Count; a++)
            for (var b = a + 1; b < letters.Count; b++)
            {
                var common = letters[a].Intersect(letters[b], StringComparer.Ordinal).Count();
                shares.Add((a, b, (double)common / Math.Min(letters[a].Count, letters[b].Count)));
            }
        var mean = shares.Average(s => s.Share);
        var worst = shares.MaxBy(s => s.Share);
        output.WriteLine(FormattableString.Invariant(
            $"{language}: {shares.Count} pairs, mean shared-sentence share {mean:F3}, highest {worst.Share:F3} (letters {worst.A} and {worst.B}), sentences per letter {letters.Min(l => l.Count)}–{letters.Max(l => l.Count)}"));
        foreach (var sentence in letters.SelectMany(l => l).GroupBy(s => s).Where(g => g.Count() > 3).OrderByDescending(g => g.Count()))
            output.WriteLine($"  in {sentence.Count()} letters: {sentence.Key}");
        Assert.True(mean <= 0.35, FormattableString.Invariant($"{language}: mean share {mean:F3}"));
        Assert.True(worst.Share <= 0.6, FormattableString.Invariant($"{language}: letters {worst.A} and {worst.B} share {worst.Share:F3}"));
    }

    private static readonly Regex Digits = new(@"\d+([.,:\u00a0 ]\d+)*", RegexOptions.CultureInvariant);

    /// <summary>The letter's sentences of four or more words from its paragraphs (no greeting, sign-off or list items),
    /// with names, dates, amounts and other numbers masked.</summary>
    private static HashSet<string> Sentences(Letter letter, DraftRequest request, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "cs" ? "cs-CZ" : "en-GB");
        var names = new[] { request.Sender!.Name, request.Sender.Business, request.Client!.Name, request.Client.Company, "Jana Dvořáková", "Kim Lo" }
            .Where(n => n is not null).SelectMany(n => new[] { n! }.Concat(n!.Split(' ')))
            .Concat(culture.DateTimeFormat.MonthGenitiveNames).Concat(culture.DateTimeFormat.MonthNames)
            .Where(n => n.Length > 1).OrderByDescending(n => n.Length).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in letter.Body.OfType<Paragraph>())
            foreach (var sentence in LetterMatrix.Sentences(string.Concat(paragraph.Runs.Select(r => r.Text))))
            {
                if (LetterMatrix.Words(sentence) < 4) continue;
                var masked = Digits.Replace(sentence, "#");
                foreach (var name in names) masked = masked.Replace(name, "NAME", StringComparison.Ordinal);
                set.Add(masked);
            }
        return set;
    }
}
