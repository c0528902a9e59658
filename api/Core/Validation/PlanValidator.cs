using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Validation;

/// <summary>Checks a request against the contract and turns it into a <see cref="LetterPlan"/>, in one walk that
/// also hands on every text the user wrote with its JSON path (for the secret check and the tone review).
/// Errors are keyed by JSON path (`plan.deliverables[0].due`), are codes with their values (words come from
/// <see cref="ProblemText"/>), and never repeat the offending value.</summary>
public static class PlanValidator
{
    /// <summary>Longest name, title, number or other one-line value.</summary>
    public const int MaxLine = 200;
    /// <summary>Longest personal note or signature.</summary>
    public const int MaxNote = 1000;
    /// <summary>Most items in any list.</summary>
    public const int MaxItems = 20;
    /// <summary>Largest notice period in days.</summary>
    public const int MaxNoticeDays = 365;
    /// <summary>Largest invoice amount accepted.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;
    /// <summary>Longest client message a `holdFirm` request may carry.</summary>
    public const int MaxClientMessage = 10_000;
    /// <summary>Default notice for a termination.</summary>
    public const int DefaultNoticeDays = 14;
    /// <summary>How many days before today a due date may lie.</summary>
    public const int MaxDaysPastDue = 365;

    private static readonly DateOnly EarliestToday = new(2000, 1, 1);
    private static readonly DateOnly LatestToday = new(2099, 12, 31);

    /// <summary>The result of validation: the plan and the user's texts, or (plan null) the errors.</summary>
    public readonly record struct Result(LetterPlan? Plan, IReadOnlyList<UserText> Texts, IReadOnlyDictionary<string, FieldError[]> Errors);

    /// <summary>Validates <paramref name="request"/>; <paramref name="serverToday"/> is used when the request has no `today`.</summary>
    public static Result Validate(DraftRequest request, DateOnly serverToday)
    {
        var errors = new Walk();
        var today = request.Today ?? serverToday;
        if (today < EarliestToday || today > LatestToday)
        {
            errors.Add("today", ProblemCode.TodayOutOfRange, ("earliest", EarliestToday), ("latest", LatestToday));
            today = serverToday;
        }
        var latest = today.AddYears(3);
        var earliestDue = today.AddDays(-MaxDaysPastDue);

        if (request.Kind is null)
            errors.Add("kind", ProblemCode.KindRequired, ("allowed", EnumNames.All(typeof(DraftKind)).ToArray()));
        if (!Languages.TryNormalize(request.Language, out var language))
            errors.Add("language", ProblemCode.LanguageUnsupported, ("supported", Languages.Supported.ToArray()));

        // People
        string? senderName = null, business = null, signature = null;
        if (request.Sender is null) errors.Add("sender", ProblemCode.SenderRequired);
        else
        {
            senderName = Line(errors, "sender.name", request.Sender.Name, required: true);
            business = Line(errors, "sender.business", request.Sender.Business);
            signature = Multiline(errors, "sender.signature", request.Sender.Signature);
        }
        string? clientName = null, company = null, salutation = null;
        string? clientTitle = null;
        if (request.Client is null) errors.Add("client", ProblemCode.ClientRequired);
        else
        {
            clientName = Line(errors, "client.name", request.Client.Name);
            company = Line(errors, "client.company", request.Client.Company);
            salutation = Line(errors, "client.salutation", request.Client.Salutation, prose: true);
            clientTitle = Line(errors, "client.title", request.Client.Title);
            if (clientName is null && company is null && !errors.Has("client.name") && !errors.Has("client.company"))
                errors.Add("client.name", ProblemCode.ClientNameOrCompany);
        }

        // Plan
        var plan = request.Plan ?? new TransitionPlan();
        DateOnly? lastDay = null, movedFrom = null;
        if (plan.NoticeDays is { } notice && (notice < 0 || notice > MaxNoticeDays))
            errors.Add("plan.noticeDays", ProblemCode.NoticeDaysOutOfRange, ("min", 0), ("max", MaxNoticeDays));
        if (plan.LastWorkingDay is { } given)
        {
            if (given < today) errors.Add("plan.lastWorkingDay", ProblemCode.LastWorkingDayInPast);
            else if (given > latest) errors.Add("plan.lastWorkingDay", ProblemCode.DateTooLate);
            else lastDay = given;
        }
        else if (request.Kind == DraftKind.Termination || plan.NoticeDays is not null)
        {
            var days = plan.NoticeDays is >= 0 and <= MaxNoticeDays ? plan.NoticeDays.Value : DefaultNoticeDays;
            lastDay = today.AddDays(days);
            // A default never falls on a weekend: it moves to the Friday before (never before today).
            var friday = FridayBefore(lastDay.Value);
            if (friday != lastDay && friday >= today) { movedFrom = lastDay; lastDay = friday; }
        }

        var deliverables = new List<PlannedDeliverable>();
        if (Count(errors, "plan.deliverables", plan.Deliverables))
            for (var i = 0; i < plan.Deliverables!.Count; i++)
            {
                var path = $"plan.deliverables[{i}]";
                var d = plan.Deliverables[i];
                if (d is null) { errors.Add(path, ProblemCode.DeliverableNotObject); continue; }
                var title = Line(errors, path + ".title", d.Title, required: true, prose: true);
                var due = Date(errors, path + ".due", d.Due, earliestDue, latest);
                if (title is not null) deliverables.Add(new(title, due));
            }

        var invoices = new List<OpenInvoice>();
        if (Count(errors, "plan.invoices", plan.Invoices))
            for (var i = 0; i < plan.Invoices!.Count; i++)
            {
                var path = $"plan.invoices[{i}]";
                var inv = plan.Invoices[i];
                if (inv is null) { errors.Add(path, ProblemCode.InvoiceNotObject); continue; }
                var number = Line(errors, path + ".number", inv.Number, required: true);
                var due = Date(errors, path + ".due", inv.Due, earliestDue, latest);
                string currency = "";
                if (string.IsNullOrWhiteSpace(inv.Currency)) errors.Add(path + ".currency", ProblemCode.CurrencyRequired);
                else if (!Currencies.TryNormalize(inv.Currency.Trim(), out currency))
                    errors.Add(path + ".currency", ProblemCode.CurrencyUnknown);
                var amountOk = false;
                if (inv.Amount is not { } amount) errors.Add(path + ".amount", ProblemCode.AmountRequired);
                else if (amount <= 0) errors.Add(path + ".amount", ProblemCode.AmountNotPositive);
                else if (amount > MaxAmount) errors.Add(path + ".amount", ProblemCode.AmountTooLarge, ("max", MaxAmount));
                else if (currency.Length == 3 && amount.Scale > 0 && decimal.Round(amount, Currencies.DecimalPlaces(currency)) != amount)
                    errors.Add(path + ".amount", ProblemCode.AmountTooPrecise, ("currency", currency), ("decimals", Currencies.DecimalPlaces(currency)));
                else amountOk = true;
                if (number is not null && amountOk && currency.Length == 3)
                    invoices.Add(new(number, inv.Amount!.Value, currency, due));
            }

        var handover = new HashSet<HandoverItem>();
        if (Count(errors, "plan.handover", plan.Handover))
            foreach (var item in plan.Handover!) handover.Add(item);

        var referrals = new List<PlannedReferral>();
        if (Count(errors, "plan.referrals", plan.Referrals))
            for (var i = 0; i < plan.Referrals!.Count; i++)
            {
                var path = $"plan.referrals[{i}]";
                var r = plan.Referrals[i];
                if (r is null) { errors.Add(path, ProblemCode.ReferralNotObject); continue; }
                var name = Line(errors, path + ".name", r.Name, required: true);
                var contact = Line(errors, path + ".contact", r.Contact);
                var specialty = Line(errors, path + ".specialty", r.Specialty, prose: true);
                if (name is not null) referrals.Add(new(name, contact, specialty));
            }

        var tools = new List<string>();
        if (Count(errors, "plan.interimTools", plan.InterimTools))
            for (var i = 0; i < plan.InterimTools!.Count; i++)
                if (Line(errors, $"plan.interimTools[{i}]", plan.InterimTools[i], required: true, prose: true) is { } tool) tools.Add(tool);

        var newFocus = Line(errors, "newFocus", request.NewFocus, prose: true);
        var serviceEnding = Line(errors, "serviceEnding", request.ServiceEnding, prose: true);
        var note = Multiline(errors, "personalNote", request.PersonalNote, MaxNote, prose: true);

        // holdFirm: the client's message is read for its asks and then dropped. It is not the user's text, so it is not
        // handed on (no tone check, no secret check: a secret the client wrote is no error, and it is never echoed).
        if (request.Kind == DraftKind.HoldFirm)
        {
            if (string.IsNullOrWhiteSpace(request.ClientMessage))
                errors.Add("clientMessage", ProblemCode.ClientMessageRequired);
            // The limit is on the client's latest message: a whole thread pasted by an outside client is fine as long as
            // the new text above its quoted history fits (the body limit still bounds the whole).
            else if (QuotedHistory.NewTextLength(request.ClientMessage) > MaxClientMessage)
                errors.Add("clientMessage", ProblemCode.TextTooLong, ("max", MaxClientMessage));
            if (plan.LastWorkingDay is null)
                errors.Add("plan.lastWorkingDay", ProblemCode.HoldFirmLastDayRequired);
            Count(errors, "clientAsks", request.ClientAsks);
        }

        if (errors.Count > 0) return new(null, [], errors.ToDictionary());

        var result = new LetterPlan(
            request.Kind!.Value, language, request.Tone ?? LetterTone.Neutral, today,
            senderName!, business, signature, clientName, company, request.Client!.Gender, salutation,
            request.Reason?.Category ?? ReasonCategory.Unspecified, request.Reason?.Disclose ?? false,
            request.Kind == DraftKind.ConversationRequest ? null : lastDay,
            deliverables, invoices, handover, referrals,
            plan.HelpInterviewReplacement, plan.BriefReplacement, tools,
            request.OfferReferences, note, HasPlanContent(request.Plan))
        {
            ClientTitle = clientTitle,
            NewFocus = newFocus,
            ServiceEnding = serviceEnding,
            AskForTestimonial = request.OfferReferences && request.AskForTestimonial,
            NotePlacement = request.PersonalNotePlacement ?? NotePlacement.Auto,
            SignOff = request.SignOff ?? SignOffStyle.Full,
            LastDayChosen = request.Kind != DraftKind.ConversationRequest && plan.LastWorkingDay is not null,
            LastDayMovedFrom = request.Kind == DraftKind.ConversationRequest ? null : movedFrom,
        };
        if (request.Kind == DraftKind.HoldFirm) result = result with { ClientAsks = AsksOf(request, language) };
        return new(result, errors.Texts, errors.ToDictionary());
    }

    /// <summary>The asks the hold-firm reply answers: the user's override when given (none at all reads as <c>other</c>),
    /// else what the detector finds in the client's message. The message itself goes no further than the detector.</summary>
    private static HashSet<ClientAsk> AsksOf(DraftRequest request, string language)
    {
        var asks = request.ClientAsks is { } given ? [.. given] : new HashSet<ClientAsk>(ClientAskDetector.Detect(request.ClientMessage, language).Asks);
        if (asks.Count == 0) asks.Add(ClientAsk.Other);
        return asks;
    }

    /// <summary>True when the request carries a transition plan with anything in it (a notice period alone is not a plan).</summary>
    private static bool HasPlanContent(TransitionPlan? p) =>
        p is not null && (p.LastWorkingDay is not null || p.Deliverables is { Count: > 0 } || p.Invoices is { Count: > 0 }
            || p.Handover is { Count: > 0 } || p.Referrals is { Count: > 0 } || p.InterimTools is { Count: > 0 }
            || p.HelpInterviewReplacement || p.BriefReplacement);

    /// <summary><paramref name="day"/> itself on a weekday; the Friday before on a Saturday or Sunday.</summary>
    public static DateOnly FridayBefore(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    private static bool Count<T>(Walk errors, string path, IReadOnlyList<T>? list)
    {
        if (list is null) return false;
        if (list.Count <= MaxItems) return true;
        errors.Add(path, ProblemCode.ListTooLong, ("max", MaxItems));
        return false;
    }

    private static DateOnly? Date(Walk errors, string path, DateOnly? value, DateOnly earliest, DateOnly latest)
    {
        if (value is not { } date) return null;
        if (date < earliest) { errors.Add(path, ProblemCode.DateTooEarly, ("days", MaxDaysPastDue)); return null; }
        if (date > latest) { errors.Add(path, ProblemCode.DateTooLate); return null; }
        return date;
    }

    private static string? Line(Walk errors, string path, string? value, bool required = false, bool prose = false)
    {
        errors.Saw(path, value, prose);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) errors.Add(path, ProblemCode.TextRequired);
            return null;
        }
        if (text.Length > MaxLine) { errors.Add(path, ProblemCode.TextTooLong, ("max", MaxLine)); return null; }
        if (TextRules.FindForbidden(text, allowNewlines: false) is { } problem) { errors.Add(path, problem); return null; }
        return text;
    }

    private static string? Multiline(Walk errors, string path, string? value, int max = MaxNote, bool prose = false)
    {
        errors.Saw(path, value, prose);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > max) { errors.Add(path, ProblemCode.TextTooLong, ("max", max)); return null; }
        if (TextRules.FindForbidden(text, allowNewlines: true) is { } problem) { errors.Add(path, problem); return null; }
        return text;
    }

    /// <summary>The errors found so far, and the user's texts as sent, in document order.</summary>
    private sealed class Walk
    {
        public readonly List<UserText> Texts = new(8);
        public void Saw(string path, string? value, bool prose)
        {
            if (value is not null) Texts.Add(new UserText(path, value, prose));
        }

        // Most requests are valid: no dictionary until the first error, and one shared empty answer.
        private static readonly IReadOnlyDictionary<string, FieldError[]> None = new Dictionary<string, FieldError[]>(StringComparer.Ordinal).AsReadOnly();
        private Dictionary<string, List<FieldError>>? _map;
        public int Count => _map?.Count ?? 0;
        public bool Has(string path) => _map?.ContainsKey(path) ?? false;
        public void Add(string path, ProblemCode code, params (string Name, object Value)[] args)
        {
            _map ??= new(StringComparer.Ordinal);
            if (!_map.TryGetValue(path, out var list)) _map[path] = list = [];
            list.Add(FieldError.Of(code, args));
        }
        public IReadOnlyDictionary<string, FieldError[]> ToDictionary() =>
            _map is null ? None : _map.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}
