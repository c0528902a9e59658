namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>Reads what a client asks for in a reply to the user's notice (en + cs, no external service).</summary>
/// <remarks>The quoted history is cut off (<see cref="QuotedHistory"/>), the rest is split once into words,
/// clauses and sentences, and the language's rules (<see cref="EnglishAskRules"/>, <see cref="CzechAskRules"/>)
/// are matched from every word with bounded look-ahead: linear in the length of the message. A match counts
/// unless a negation covers it (English: earlier in the same clause; Czech: anywhere in the same clause, since
/// the negated verb often follows its object), weak matches count only in a question or a request, and some
/// matches drop other asks of their clause or sentence ("stay until March" is more time, not staying).</remarks>
public static class ClientAskDetector
{
    private static readonly Lazy<RuleSet> English = new(() => new RuleSet(EnglishAskRules.Text));
    private static readonly Lazy<RuleSet> Czech = new(() => new RuleSet(CzechAskRules.Text));

    /// <summary>The asks in <paramref name="message"/> (the client's latest message as plain text) written in
    /// <paramref name="language"/> (`cs` for Czech; anything else is read as English). Never throws; the same
    /// input always gives the same result.</summary>
    public static ClientAskResult Detect(string? message, string? language)
    {
        long steps = 0;
        return Detect(message, language, ref steps);
    }

    /// <summary><see cref="Detect(string?, string?)"/>, counting the word comparisons made (for the linear-time test).</summary>
    internal static ClientAskResult Detect(string? message, string? language, ref long steps) => Detect(message, language, ref steps, null);

    /// <summary>Which rules matched and whether each counted, for tuning the rules on the dev half of the corpus.</summary>
    internal static List<string> Trace(string message, string language)
    {
        long steps = 0;
        var trace = new List<string>();
        Detect(message, language, ref steps, trace);
        return trace;
    }

    /// <summary>What the statistical layer is trained and calibrated on: the scanned new text, the rules' asks with the
    /// layer off, and the asks the rules ruled out (bit per ask: a negated, suppressed or overlapped match).</summary>
    internal static (AskText Text, bool Czech, HashSet<ClientAsk> RuleAsks, ushort RuledOut) Inspect(string? message, string? language)
    {
        long steps = 0;
        using var _ = ClientAskModel.RulesOnlyScope();
        var result = Detect(message, language, ref steps, null, out var text, out var ruledOut);
        return (text, IsCzech(language), new HashSet<ClientAsk>(result.Asks), ruledOut);
    }

    private static bool IsCzech(string? language) =>
        string.Equals(language, "cs", StringComparison.OrdinalIgnoreCase) ||
        (language?.StartsWith("cs-", StringComparison.OrdinalIgnoreCase) ?? false);

    private static ClientAskResult Detect(string? message, string? language, ref long steps, List<string>? trace) =>
        Detect(message, language, ref steps, trace, out _, out _);

    private static ClientAskResult Detect(string? message, string? language, ref long steps, List<string>? trace,
        out AskText text, out ushort ruledOut)
    {
        message ??= "";
        var newLength = QuotedHistory.NewTextLength(message);
        var czech = IsCzech(language);
        var rules = czech ? Czech.Value : English.Value;
        text = AskText.Scan(message, newLength);
        if (message.Length == 0)
        {
            ruledOut = 0;
            return new ClientAskResult(new HashSet<ClientAsk> { ClientAsk.Other }, 0);
        }
        var hits = rules.Match(text, ref steps);
        var asks = Decide(text, hits, czech, ref steps, trace, out ruledOut);
        return new ClientAskResult(asks, newLength);
    }

    private static HashSet<ClientAsk> Decide(AskText text, List<Hit> hits, bool czech, ref long steps, List<string>? trace, out ushort ruledOut)
    {
        var tokens = text.Tokens;
        // Everything below is a constant amount of work per hit (a hit spans at most RuleSet.MaxSpan words),
        // so deciding stays linear however many matches a hostile text produces.
        var negationFirst = new Dictionary<int, int>(); // clause → earliest negation start
        var negationLast = new Dictionary<int, int>();  // clause → latest negation start
        var requestSentences = new HashSet<int>();
        var suppressedInClause = new HashSet<(int Clause, ClientAsk Ask)>();
        var suppressedInSentence = new HashSet<(int Sentence, ClientAsk Ask)>();
        var overlapMask = new ushort[tokens.Count]; // per word: asks dropped by an overlapping match
        // Czech: a clause opened by "abyste/abys/aby/ať" depends on the clause before it, so a negation there covers it
        // ("Nebudu Vás přemlouvat, abyste zůstal").
        var dependsOn = new Dictionary<int, int>();
        if (czech)
            for (var t = 1; t < tokens.Count; t++)
            {
                steps++;
                if (tokens[t].Clause != tokens[t - 1].Clause && tokens[t].Sentence == tokens[t - 1].Sentence && IsDependentOpener(text.Word(t)))
                    dependsOn[tokens[t].Clause] = tokens[t - 1].Clause;
            }
        // Polite negative questions first: a negation they cover is a courtesy, not a negation ("Couldn't you stay?").
        var polite = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            steps++;
            if (hit.Rule.Kind != RuleKind.Polite || !text.Sentences[tokens[hit.First].Sentence].Question) continue;
            requestSentences.Add(tokens[hit.First].Sentence);
            for (var t = hit.First; t < hit.End; t++)
            {
                steps++;
                polite[t] = true;
            }
        }
        foreach (var hit in hits)
        {
            steps++;
            var token = tokens[hit.First];
            switch (hit.Rule.Kind)
            {
                case RuleKind.Negation when polite[hit.First]:
                    break;
                case RuleKind.Negation:
                    if (!negationFirst.TryGetValue(token.Clause, out var f) || hit.First < f) negationFirst[token.Clause] = hit.First;
                    if (!negationLast.TryGetValue(token.Clause, out var l) || hit.First > l) negationLast[token.Clause] = hit.First;
                    break;
                case RuleKind.Request:
                    requestSentences.Add(token.Sentence);
                    break;
            }
            if (hit.Rule.Suppresses.Length == 0) continue;
            var lastClause = tokens[hit.End - 1].Clause;
            foreach (var (ask, scope) in hit.Rule.Suppresses)
            {
                switch (scope)
                {
                    case SuppressionScope.Sentence:
                        suppressedInSentence.Add((token.Sentence, ask));
                        break;
                    case SuppressionScope.Clause:
                        suppressedInClause.Add((token.Clause, ask));
                        // A match that runs on into the next clause ("stay, ideally until March") suppresses there too.
                        if (lastClause != token.Clause) suppressedInClause.Add((lastClause, ask));
                        break;
                    default:
                        for (var t = hit.First; t < hit.End; t++)
                        {
                            steps++;
                            overlapMask[t] |= (ushort)(1 << (int)ask);
                        }
                        break;
                }
            }
        }
        var asks = new HashSet<ClientAsk>();
        var fallback = new HashSet<ClientAsk>();
        var acknowledged = new HashSet<ClientAsk>();
        var noticed = false;
        ruledOut = 0; // asks a match of which was negated, suppressed or overlapped
        foreach (var hit in hits)
        {
            steps++;
            var rule = hit.Rule;
            var verdict = Verdict(text, hit, czech, requestSentences, suppressedInClause, suppressedInSentence, negationFirst, negationLast, dependsOn, overlapMask, ref steps);
            if (trace is not null)
            {
                var words = string.Join(' ', Enumerable.Range(hit.First, hit.End - hit.First).Select(t => text.Word(t).ToString()));
                trace.Add($"{verdict,-12} {words}  <=  {rule.Source}");
            }
            // A kill that drops an ask in its clause or sentence ("fakturu jsme uhradili") rules it out for the layer
            // too; one that only drops overlapping words ("be done") does not.
            if (rule.Kind == RuleKind.Kill)
                foreach (var (dropped, scope) in rule.Suppresses)
                    if (scope != SuppressionScope.Overlap) ruledOut |= (ushort)(1 << (int)dropped);
            if (verdict == "counted" && rule.Notice) noticed = true;
            else if (verdict == "counted") (rule.Fallback ? fallback : rule.Acknowledgement ? acknowledged : asks).Add(rule.Ask);
            else if (verdict is "negated" or "suppressed" or "overlapped") ruledOut |= (ushort)(1 << (int)rule.Ask);
        }
        // The statistical layer (when on for the language): asks the model scores above their thresholds that the rules
        // neither found nor ruled out join the rules' own before the fallbacks below, so "other" (and a fallback
        // acknowledgement) is not added beside them.
        // An acknowledgement beside a plea to stay, money or (for "Understood." / "Thanks for letting us know") a later
        // date is politeness by the label rule below; the layer does not turn it into acceptance either (ninth round).
        var keepsOn = asks.Contains(ClientAsk.Stay) || asks.Contains(ClientAsk.MoreMoney);
        if ((noticed && (keepsOn || asks.Contains(ClientAsk.MoreTime))) || (acknowledged.Count > 0 && keepsOn))
            ruledOut |= 1 << (int)ClientAsk.Acceptance;
        if (ClientAskModel.Active(czech) is { } model)
        {
            var before = trace is null ? null : new HashSet<ClientAsk>(asks);
            if (model.AddAsks(text, czech, asks, ruledOut) && before is not null)
                trace!.Add("model added " + string.Join(',', asks.Except(before).Order().Select(ClientAskNames.Name)));
        }
        // "Fine by us" / "V pořádku" agrees to the ending beside asks that take it as given or only move the date;
        // beside a plea to stay or an offer of money it is politeness.
        if (!asks.Contains(ClientAsk.Stay) && !asks.Contains(ClientAsk.MoreMoney)) asks.UnionWith(acknowledged);
        // "Understood." / "Thanks for letting us know" accepts the ending alone and beside asks that take it as given;
        // beside a plea to stay, money or a later date it is politeness.
        if (noticed && !asks.Contains(ClientAsk.Stay) && !asks.Contains(ClientAsk.MoreMoney) && !asks.Contains(ClientAsk.MoreTime))
            asks.Add(ClientAsk.Acceptance);
        if (asks.Count == 0) asks.UnionWith(fallback);
        if (asks.Contains(ClientAsk.Stay)) asks.Remove(ClientAsk.Acceptance);
        if (asks.Count == 0) asks.Add(ClientAsk.Other);
        return asks;
    }

    private static string Verdict(AskText text, Hit hit, bool czech, HashSet<int> requestSentences,
        HashSet<(int Clause, ClientAsk Ask)> suppressedInClause, HashSet<(int Sentence, ClientAsk Ask)> suppressedInSentence,
        Dictionary<int, int> negationFirst, Dictionary<int, int> negationLast, Dictionary<int, int> dependsOn, ushort[] overlapMask, ref long steps)
    {
        var rule = hit.Rule;
        if (rule.Kind != RuleKind.Ask) return rule.Kind.ToString().ToLowerInvariant();
        var token = text.Tokens[hit.First];
        var sentence = text.Sentences[token.Sentence];
        if (rule.QuestionOnly && !sentence.Question) return "no-question";
        if (rule.Acknowledgement && text.LastButWord[token.Sentence] >= hit.End) return "then-but";
        if (rule.Weak && !sentence.Question && !requestSentences.Contains(token.Sentence)) return "weak";
        if (rule.RequestOnly && !requestSentences.Contains(token.Sentence)) return "no-request";
        if (suppressedInClause.Contains((token.Clause, rule.Ask)) || suppressedInSentence.Contains((token.Sentence, rule.Ask))) return "suppressed";
        if (!rule.CarriesNegation)
        {
            // English: a negation earlier in the clause ("we won't ask you to stay"); Czech: a negation anywhere in
            // the clause, also a negated verb after or inside the match ("slevu nechceme", "víc času nepotřebujeme").
            if (negationFirst.TryGetValue(token.Clause, out var first) && first < hit.First) return "negated";
            if (czech && negationLast.TryGetValue(token.Clause, out var last) && last >= hit.First) return "negated";
            if (dependsOn.TryGetValue(token.Clause, out var main) && negationFirst.ContainsKey(main)) return "negated";
        }
        if (!rule.IgnoresOverlap)
            for (var t = hit.First; t < hit.End; t++)
            {
                steps++;
                if ((overlapMask[t] & (1 << (int)rule.Ask)) != 0) return "overlapped";
            }
        return "counted";
    }

    private static bool IsDependentOpener(ReadOnlySpan<char> word) =>
        word is "abyste" or "abys" or "aby" or "abychom" or "abych" or "at";
}
