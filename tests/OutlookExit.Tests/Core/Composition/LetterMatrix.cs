using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>Every combination of kind × tone × reason × disclose × language, with a full and a minimal plan; the hold-firm
/// reply has its own matrix (<see cref="HoldFirm"/>): each ask alone and every pair.</summary>
public static class LetterMatrix
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static IEnumerable<(string Name, DraftRequest Request)> All()
    {
        foreach (var language in Languages.Supported)
        foreach (var kind in Enum.GetValues<DraftKind>().Where(k => k != DraftKind.HoldFirm))
        foreach (var tone in Enum.GetValues<LetterTone>())
        foreach (var reason in Enum.GetValues<ReasonCategory>())
        foreach (var disclose in new[] { false, true })
        foreach (var full in new[] { false, true })
        {
            if (kind != DraftKind.Termination && (reason != ReasonCategory.Unspecified || disclose)) continue;
            var name = $"{language}/{kind}/{tone}/{reason}/{(disclose ? "disclosed" : "general")}/{(full ? "full" : "minimal")}";
            yield return (name, Request(language, kind, tone, reason, disclose, full));
        }
    }

    public static DraftRequest Request(string language, DraftKind kind, LetterTone tone, ReasonCategory reason, bool disclose, bool full) => new()
    {
        Kind = kind,
        Language = language,
        Tone = tone,
        Today = Today,
        Sender = new Sender { Name = language == "cs" ? "Petra Malá" : "Alex Rivera", Business = full ? "Studio" : null },
        Client = new Client { Name = language == "cs" ? "Tomáš Hruška" : "Jordan Lee", Company = "Acme", Gender = full ? Gender.Male : null },
        Reason = new Reason { Category = reason, Disclose = disclose },
        Plan = full && kind != DraftKind.ConversationRequest
            ? new TransitionPlan
            {
                LastWorkingDay = Today.AddDays(14),
                Deliverables = [new Deliverable { Title = "Homepage", Due = Today.AddDays(7) }, new Deliverable { Title = "Logo" }],
                Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR", Due = Today.AddDays(5) }],
                Handover = [HandoverItem.Files, HandoverItem.Credentials, HandoverItem.Documentation, HandoverItem.Accounts],
                Referrals = [new Referral { Name = "Sam Park", Contact = "sam@park.example", Specialty = "web design" }],
                HelpInterviewReplacement = true,
                BriefReplacement = true,
                InterimTools = ["Trello"],
            }
            : null,
        OfferReferences = full,
    };

    public static (LetterPlan Plan, Letter Letter) Compose(DraftRequest request)
    {
        var result = PlanValidator.Validate(request, Today);
        Assert.True(result.Plan is not null, string.Join("; ", result.Errors.Select(e => e.Key + ": " + e.Value[0])));
        return (result.Plan!, Composer.Compose(result.Plan!));
    }

    /// <summary>The letter with wording number <paramref name="variant"/> in every slot; <paramref name="used"/> collects
    /// the resource keys of the wordings it used.</summary>
    public static (LetterPlan Plan, Letter Letter) Compose(DraftRequest request, int variant, ISet<string>? used = null)
    {
        var result = PlanValidator.Validate(request, Today);
        Assert.True(result.Plan is not null, string.Join("; ", result.Errors.Select(e => e.Key + ": " + e.Value[0])));
        return (result.Plan!, Composer.Compose(result.Plan!, variant, used));
    }

    /// <summary>The most wordings any slot has in any language: forcing 0 … MaxVariants − 1 produces every wording.</summary>
    public static int MaxVariants { get; } = Languages.Supported.Max(l => Wording.For(l).Keys
        .Select(k => k.IndexOf(Wording.VariantMark) is var i and >= 0 ? int.Parse(k[(i + 1)..], System.Globalization.CultureInfo.InvariantCulture) : 1)
        .Max());

    /// <summary>The matrix and the edge cases: every letter the quality tests read.</summary>
    public static IEnumerable<(string Name, DraftRequest Request)> Everything() => All().Concat(Edges()).Concat(HoldFirm());

    /// <summary>Each ask alone and every pair of asks.</summary>
    public static IEnumerable<ClientAsk[]> AskSets()
    {
        var asks = Enum.GetValues<ClientAsk>();
        foreach (var a in asks) yield return [a];
        for (var i = 0; i < asks.Length; i++)
            for (var j = i + 1; j < asks.Length; j++) yield return [asks[i], asks[j]];
    }

    /// <summary>A hold-firm reply with the asks given (the detector is not involved), on the full plan or on the
    /// last working day alone.</summary>
    public static DraftRequest HoldFirmRequest(string language, LetterTone tone, IReadOnlyList<ClientAsk> asks, bool full)
    {
        var request = Request(language, DraftKind.Termination, tone, ReasonCategory.Unspecified, false, true) with
        {
            Kind = DraftKind.HoldFirm,
            ClientMessage = language == "cs" ? "Nešlo by to ještě promyslet?" : "Is there anything we could do to change your mind?",
            ClientAsks = asks,
        };
        return full ? request : request with { Plan = new TransitionPlan { LastWorkingDay = Today.AddDays(14) }, OfferReferences = false };
    }

    /// <summary>The hold-firm matrix: language × tone × (each ask alone and every pair) on the full plan, each ask alone on
    /// a plan with only the last day, the reason disclosed (each category) or made concrete by a new focus, and the date
    /// named again after an answer that comes between the one about time and the plan.</summary>
    public static IEnumerable<(string Name, DraftRequest Request)> HoldFirm()
    {
        foreach (var language in Languages.Supported)
        foreach (var tone in Enum.GetValues<LetterTone>())
        {
            var prefix = $"{language}/holdFirm/{tone}/";
            foreach (var asks in AskSets())
            {
                var name = prefix + string.Join('+', asks.Select(ClientAskNames.Name));
                yield return (name + "/full", HoldFirmRequest(language, tone, asks, full: true));
                if (asks.Length == 1) yield return (name + "/minimal", HoldFirmRequest(language, tone, asks, full: false));
            }
            foreach (var reason in Enum.GetValues<ReasonCategory>().Where(r => r != ReasonCategory.Unspecified))
                yield return ($"{prefix}why/disclosed-{reason}", HoldFirmRequest(language, tone, [ClientAsk.Why], full: true) with
                {
                    Reason = new Reason { Category = reason, Disclose = true },
                });
            var full = HoldFirmRequest(language, tone, [ClientAsk.ExtraWork, ClientAsk.Invoice], full: true);
            yield return (prefix + "extraWork+invoice/oneItemTwoInvoices", full with
            {
                Plan = full.Plan! with
                {
                    Deliverables = [full.Plan.Deliverables![0]],
                    Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR", Due = Today.AddDays(-10) }, new Invoice { Number = "2026-042", Amount = 300m, Currency = "EUR" }],
                },
            });
            yield return (prefix + "replacement/nothingPlanned", full with
            {
                ClientAsks = [ClientAsk.Replacement],
                Plan = full.Plan! with { Referrals = [], HelpInterviewReplacement = false, BriefReplacement = false },
            });
            // Nothing still due and another answer after the one about time: the plan names the date again.
            var time = HoldFirmRequest(language, tone, [ClientAsk.MoreTime, ClientAsk.Invoice], full: true);
            yield return (prefix + "moreTime+invoice/nothingDue", time with { Plan = time.Plan! with { Deliverables = [] } });
            yield return (prefix + "why/focus", HoldFirmRequest(language, tone, [ClientAsk.Why, ClientAsk.Stay], full: true) with
            {
                NewFocus = language == "cs" ? "strategie značky pro hotely" : "brand strategy for hotels",
                ServiceEnding = language == "cs" ? "měsíční newsletter" : "the monthly newsletter",
            });
        }
    }

    /// <summary>Plans that take the other paths of the composer: last day today, short notice, work after the last day,
    /// an overdue invoice, a new focus and the service that ends, a testimonial, a note in each place, a handover of
    /// passwords only, thanks while work is still due, a client without a company.</summary>
    public static IEnumerable<(string Name, DraftRequest Request)> Edges()
    {
        foreach (var language in Languages.Supported)
        foreach (var tone in Enum.GetValues<LetterTone>())
        {
            var full = Request(language, DraftKind.Termination, tone, ReasonCategory.Unspecified, false, true);
            var plan = full.Plan!;
            var prefix = $"{language}/edge/{tone}/";
            yield return (prefix + "today", full with { Plan = plan with { LastWorkingDay = Today, Deliverables = [new Deliverable { Title = "Homepage", Due = Today }] } });
            yield return (prefix + "shortNotice", full with { Plan = plan with { LastWorkingDay = Today.AddDays(4), Deliverables = [new Deliverable { Title = "Homepage", Due = Today.AddDays(2) }] } });
            yield return (prefix + "afterLastDay", full with { Plan = plan with { Deliverables = [new Deliverable { Title = "Homepage", Due = Today.AddDays(7) }, new Deliverable { Title = "Logo", Due = Today.AddDays(20) }] } });
            yield return (prefix + "overdue", full with { Plan = plan with { Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR", Due = Today.AddDays(-10) }, new Invoice { Number = "2026-042", Amount = 300m, Currency = "EUR" }] } });
            yield return (prefix + "focusAndService", full with { NewFocus = language == "cs" ? "strategie značky pro hotely" : "brand strategy for hotels", ServiceEnding = language == "cs" ? "měsíční newsletter" : "the monthly newsletter" });
            yield return (prefix + "focusDisclosed", full with { Plan = plan with { Referrals = [] }, NewFocus = language == "cs" ? "strategie značky pro hotely" : "brand strategy for hotels", Reason = new Reason { Category = ReasonCategory.Capacity, Disclose = true } });
            yield return (prefix + "serviceOnly", full with { ServiceEnding = language == "cs" ? "měsíční newsletter" : "the monthly newsletter", AskForTestimonial = true, Plan = plan with { Referrals = [], InterimTools = [] } });
            yield return (prefix + "noCompany", full with { Client = full.Client! with { Company = null }, AskForTestimonial = true, Plan = plan with { InterimTools = ["Trello", "Slack"], Referrals = [] } });
            yield return (prefix + "passwordsOnly", full with { Plan = plan with { Handover = [HandoverItem.Credentials], Referrals = [], InterimTools = [] } });
            yield return (prefix + "noHandover", full with { Plan = plan with { Handover = [], HelpInterviewReplacement = false } });
            yield return (prefix + "interviewOnly", full with { Plan = plan with { BriefReplacement = false, Referrals = [plan.Referrals![0], new Referral { Name = "Kim Lo" }] } });
            var thanks = Request(language, DraftKind.ThankYou, tone, ReasonCategory.Unspecified, false, true);
            yield return (prefix + "thanksDone", thanks with { Plan = thanks.Plan! with { Deliverables = [], Invoices = [] } });
            yield return (prefix + "thanksPasswordsStillDue", thanks with { Plan = thanks.Plan! with { Handover = [HandoverItem.Credentials], Deliverables = [plan.Deliverables![0]] } });
            yield return (prefix + "thanksStillDue", thanks with { Plan = thanks.Plan! with { Invoices = [] } });
            yield return (prefix + "thanksPasswordsOnly", thanks with { Plan = thanks.Plan! with { Handover = [HandoverItem.Credentials], Deliverables = [] } });
            yield return (prefix + "thanksNothingHandedOver", thanks with { Client = thanks.Client! with { Company = null }, AskForTestimonial = true, Plan = thanks.Plan! with { Handover = [], Deliverables = [] } });
        }
    }

    /// <summary>The product's own prose: body paragraphs only (no lists, greeting, sign-off or user text).</summary>
    public static IEnumerable<string> Paragraphs(Letter letter) =>
        letter.Body.OfType<Paragraph>().Select(p => string.Concat(p.Runs.Select(r => r.Text)));

    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '?' or '!')) continue;
            if (i + 1 < paragraph.Length && paragraph[i + 1] != ' ') continue;
            // "8. prosince" and "Ing. " are not sentence ends: the next word starts in lower case or the dot follows a number.
            if (i + 2 < paragraph.Length && char.IsLower(paragraph[i + 2])) continue;
            if (i > 0 && char.IsDigit(paragraph[i - 1]) && i + 2 < paragraph.Length && !char.IsUpper(paragraph[i + 2])) continue;
            var s = paragraph[start..(i + 1)].Trim();
            if (s.Length > 0) sentences.Add(s);
            start = i + 1;
        }
        var rest = paragraph[start..].Trim();
        if (rest.Length > 0) sentences.Add(rest);
        return sentences;
    }

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
