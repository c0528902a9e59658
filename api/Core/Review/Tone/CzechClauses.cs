
namespace OutlookExit.Core.Review.Tone;

/// <summary>Clause-level analysis for Czech. The subject is usually dropped, so the second person is read
/// from the verb: the auxiliary "jste/jsi" with an l-participle ("nezaplatil jste"), a present or future
/// form in -te ("neplatíte", "měníte") or an explicit "Vy". Negation is the verb prefix ne- ("nezaplatil"),
/// so "nikdy jste nezklamal" (a negated failure) is praise while "nikdy jste nezaplatil" (a negated duty)
/// is blame. Word lists (stems, usually with '*') come from <c>Tone.cs.resx</c>; matching ignores case and
/// diacritics, so "vzdy" and "vždy" are the same word.
/// <code>
/// Vždycky chcete slevu.              → absolute (negative object)
/// Vždy jste dával jasnou zpětnou vazbu. → nothing (fulfilled duty, positive object)
/// Fakturu 12 jste nezaplatil.        → blame
/// Nikdy jsem nebral víc práce…       → nothing (first person)
/// </code></summary>
internal static class CzechClauses
{
    public static void Find(ScannedText t, LanguageProfile p, List<Candidate> output)
    {
        var lex = Lex.For(p);
        var start = 0;
        while (start < t.Count)
        {
            var end = start + 1;
            while (end < t.Count && t.SameClause(start, end)) end++;
            Analyse(t, lex, start, end, output);
            start = end;
        }
    }

    private static void Analyse(ScannedText t, Lex lex, int a, int b, List<Candidate> output)
    {
        var secondPerson = lex.SecondPerson;
        var beSecondPerson = lex.BeSecondPerson;
        var notSecondPerson = lex.NotSecondPerson;
        var conditional = lex.Conditional;
        var polite = lex.Polite;
        var negatedBe = lex.NegatedBe;

        int marker = -1, beMarker = -1;
        bool isConditional = false, isPolite = false, hasNegatedBe = false, isModal = false, notAbsolute = false;
        // "Váš tým vždy …": a possessive at the start of the clause makes a third-person verb about the reader.
        var possessiveSubject = lex.PossessiveSubject.Has(t, a) && b - a > 1;
        if (possessiveSubject) marker = a;
        ToneRule? absolute = null;
        var absoluteToken = -1;
        for (var k = a; k < b; k++)
        {
            if (beSecondPerson.Has(t, k)) { if (beMarker < 0) beMarker = k; if (marker < 0) marker = k; }
            else if (secondPerson.Has(t, k) || (IsSecondPersonVerb(t, k) && !notSecondPerson.Has(t, k))) { if (marker < 0) marker = k; }
            if (conditional.Match(t, k) > 0 || t.Key(k).EndsWith("-li", StringComparison.Ordinal)) isConditional = true;
            if (polite.Has(t, k)) isPolite = true;
            if (negatedBe.Has(t, k)) hasNegatedBe = true;
            if (lex.Modal.Has(t, k)) isModal = true;
            if (lex.NotAbsoluteVerbs.Has(t, k)) notAbsolute = true;
            if (absolute is null && AbsoluteAt(lex, t, k) is { } rule) { absolute = rule; absoluteToken = k; }
        }
        if (marker < 0 || isConditional) return;
        // "Vaše e-maily jsem vždy četl": with a first-person verb the possessive is an object, not the subject.
        if (possessiveSubject && marker == a)
            for (var k = a + 1; k < b; k++)
                if (lex.FirstPerson.Has(t, k)) return;

        // The predicate: the first verb of the clause found in a verb lexicon, directly or behind the ne- prefix.
        var negVerbs = lex.NegVerbs;
        var dutyVerbs = lex.DutyVerbs;
        var posVerbs = lex.PosVerbs;
        int verb = -1, verbPolarity = 0;
        bool negated = false, isNegVerb = false, isDuty = false, isPosVerb = false;
        for (var k = a; k < b && verb < 0; k++)
        {
            var verbal = IsSecondPersonVerb(t, k) || ((beMarker >= 0 || possessiveSubject) && IsParticiple(t, k));
            if (!verbal) continue;
            var key = t.Key(k);
            for (var pass = 0; pass < 2 && verb < 0; pass++)
            {
                var stem = key;
                if (pass == 1)
                {
                    if (!key.StartsWith("ne", StringComparison.Ordinal) || key.StartsWith("nej", StringComparison.Ordinal) || key.Length < 5) break;
                    stem = key[2..];
                }
                // The whole word is looked up through the per-token cache; the stem behind "ne-" directly.
                // Some acts are only telling when negated: "nikdy jste na mě netlačili" is praise, "tlačil na výsledek" neutral.
                isNegVerb = pass == 0 ? t.Is(negVerbs, k) : negVerbs.Contains(stem) || lex.NegVerbsWhenNegated.Contains(stem);
                isDuty = pass == 0 ? t.Is(dutyVerbs, k) : dutyVerbs.Contains(stem);
                isPosVerb = pass == 0 ? t.Is(posVerbs, k) : posVerbs.Contains(stem);
                if (isNegVerb || isDuty || isPosVerb) { verb = k; negated = pass == 1; }
            }
        }

        var negWords = lex.NegWords;
        var posWords = lex.PosWords;
        var negTraits = lex.NegTraits;
        bool clauseNegative = false, clausePositive = false;
        var trait = -1;
        for (var k = a; k < b; k++)
        {
            if (k == verb) continue;
            if (negWords.Match(t, k) > 0) clauseNegative = true;
            if (posWords.Match(t, k) > 0) clausePositive = true;
            if (trait < 0 && negTraits.Has(t, k)) { trait = k; clauseNegative = true; }
        }
        if (verb >= 0) verbPolarity = isNegVerb ? -1 : 1;
        // "Nikdy jste nebyl pozdě", "nikdy jste mě nenechal čekat": a negated verb outside the lexicons still
        // negates the clause.
        else if (hasNegatedBe || HasNegatedVerb(t, a, b, beMarker >= 0 || possessiveSubject)) negated = true;
        var polarity = verbPolarity < 0 || clauseNegative ? -1 : verbPolarity > 0 || clausePositive ? 1 : 0;
        if (negated) polarity = -polarity;

        // The span: the predicate together with the nearby "jste" (or the marker when no verb is known).
        var head = verb >= 0 ? verb : marker;
        var spanFirst = head;
        var spanLast = head;
        if (beMarker >= 0 && Math.Abs(beMarker - head) <= 2) { spanFirst = Math.Min(spanFirst, beMarker); spanLast = Math.Max(spanLast, beMarker); }

        // A question mark does not make a statement a question: "Nezaplatil jste fakturu?" reads as a reproach, and a
        // "?" typed later must not take a finding away.
        if (!isPolite && !isModal)
        {
            ToneRule? blame = null;
            int blameFirst = spanFirst, blameLast = spanLast;
            var shouldHave = ShouldHave(t, lex, a, b, beMarker);
            if (shouldHave is { } sh) { blame = lex.Profile.Rule("blame.shouldHave"); blameFirst = sh.First; blameLast = sh.Last; }
            else if (verb >= 0 && !negated && isNegVerb) blame = lex.Profile.Rule("blame.youFailed");
            else if (verb >= 0 && negated && (isDuty || isPosVerb) && polarity < 0) blame = lex.Profile.Rule("blame.youDidNot");
            else if (trait >= 0 && beMarker >= 0 && !hasNegatedBe)
            {
                blame = lex.Profile.Rule("blame.youAre");
                blameFirst = Math.Min(beMarker, trait);
                blameLast = Math.Max(beMarker, trait);
            }
            if (blame is not null) output.Add(new Candidate(t.Tokens[blameFirst].Start, t.Tokens[blameLast].End, blame));
        }

        // A neutral clause in a sentence of praise ("Do hovorů jste vždy přinesl energii") is not a generalisation.
        if (absolute is not null && polarity == 0
            && (PhraseRules.SentenceHas(t, a, posWords) || PhraseRules.SentenceHas(t, a, lex.PosVerbs))
            && !PhraseRules.SentenceHas(t, a, negWords) && !PhraseRules.SentenceHas(t, a, lex.NegVerbs))
            absolute = null;
        if (absolute is not null && polarity <= 0 && !isPolite && !isModal && !notAbsolute)
        {
            var first = Math.Min(absoluteToken, spanFirst);
            var last = Math.Max(absoluteToken, spanLast);
            if (last - first <= 6) output.Add(new Candidate(t.Tokens[first].Start, t.Tokens[last].End, absolute));
            else output.Add(new Candidate(t.Tokens[absoluteToken].Start, t.Tokens[absoluteToken].End, absolute));
        }
    }

    /// <summary>The absolute ("vždy", "nikdy", "pořád") that starts at token <paramref name="k"/>, if any.</summary>
    private static ToneRule? AbsoluteAt(Lex lex, ScannedText t, int k)
    {
        if (!lex.Profile.AbsoluteWords.MayContain(t, k)) return null;
        foreach (var (rule, words) in lex.Profile.Absolutes)
            if (words.Match(t, k) > 0) return rule;
        return null;
    }

    /// <summary>A second-person verb with the ne- prefix ("nenechal jste", "nečekáte").</summary>
    private static bool HasNegatedVerb(ScannedText t, int a, int b, bool participles)
    {
        for (var k = a; k < b; k++)
        {
            var key = t.Key(k);
            if (key.Length < 5 || !key.StartsWith("ne", StringComparison.Ordinal) || key.StartsWith("nej", StringComparison.Ordinal)) continue;
            if (IsSecondPersonVerb(t, k) || (participles && IsParticiple(t, k))) return true;
        }
        return false;
    }

    /// <summary>"měl jste mi to říct", "jste měla zaplatit": a past "should" with an infinitive.</summary>
    private static (int First, int Last)? ShouldHave(ScannedText t, Lex lex, int a, int b, int beMarker)
    {
        if (beMarker < 0) return null;
        var should = lex.ShouldHave;
        for (var k = a; k < b; k++)
        {
            if (!should.Has(t, k) || Math.Abs(k - beMarker) > 1) continue;
            for (var m = Math.Max(k, beMarker) + 1; m < b && m <= k + 4; m++)
                if (IsInfinitive(t, m)) return (Math.Min(k, beMarker), m);
        }
        return null;
    }

    /// <summary>-at, -et, -it, -ět, -ít, -out, -ct: "zaplatit", "říct", "informovat".</summary>
    private static bool IsInfinitive(ScannedText t, int k)
    {
        var key = t.Key(k);
        if (key.Length < 4 || key[^1] != 't') return false;
        return key[^2] is 'a' or 'e' or 'i' or 'u' || (key[^2] == 'c' && key.Length >= 4);
    }

    /// <summary>A second-person plural indicative: a vowel + "-te" in the original spelling ("platíte", "chcete",
    /// "ignorujete"). "-tě" folds to the same letters but is not a verb ending; a consonant before "-te" is the
    /// imperative ("nezapomeňte", "dejte", "napište"), an instruction rather than a statement about the reader.</summary>
    private static bool IsSecondPersonVerb(ScannedText t, int k)
    {
        var original = t.Original(k);
        if (original.Length < 4) return false;
        if (original[^1] is 'e' or 'E' && original[^2] is 't' or 'T' && ScannedText.Fold(original[^3]) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') return true;
        // The informal singular: a vowel + "-š" ("platíš", "neodpovídáš", "měníš"). Short words ("váš", "náš", "máš")
        // and adverbs ("spíš", "příliš", listed in NotSecondPerson) are left out.
        return original.Length >= 5 && original[^1] is 'š' or 'Š' && ScannedText.Fold(original[^2]) is 'a' or 'e' or 'i';
    }

    /// <summary>An l-participle: -l, -la, -li, -ly, -lo ("zaplatil", "ignorovala").</summary>
    private static bool IsParticiple(ScannedText t, int k)
    {
        var key = t.Key(k);
        if (key.Length < 3) return false;
        if (key[^1] == 'l') return true;
        return key[^2] == 'l' && key[^1] is 'a' or 'i' or 'y' or 'o';
    }

    /// <summary>The word lists this analysis uses, resolved once per language.</summary>
    private sealed class Lex(LanguageProfile p)
    {
        public readonly LanguageProfile Profile = p;
        public readonly WordSet BeSecondPerson = p.Words("BeSecondPerson");
        public readonly WordSet Conditional = p.Words("Conditional");
        public readonly WordSet DutyVerbs = p.Words("DutyVerbs");
        public readonly WordSet NegTraits = p.Words("NegTraits");
        public readonly WordSet NegVerbs = p.Words("NegVerbs");
        public readonly WordSet NegVerbsWhenNegated = p.Words("NegVerbsWhenNegated");
        public readonly WordSet NegWords = p.Words("NegWords");
        public readonly WordSet NegatedBe = p.Words("NegatedBe");
        public readonly WordSet NotSecondPerson = p.Words("NotSecondPerson");
        public readonly WordSet Polite = p.Words("Polite");
        public readonly WordSet Modal = p.Words("Modal");
        public readonly WordSet NotAbsoluteVerbs = p.Words("NotAbsoluteVerbs");
        public readonly WordSet PossessiveSubject = p.Words("PossessiveSubject");
        public readonly WordSet FirstPerson = p.Words("FirstPerson");
        public readonly WordSet PosVerbs = p.Words("PosVerbs");
        public readonly WordSet PosWords = p.Words("PosWords");
        public readonly WordSet SecondPerson = p.Words("SecondPerson");
        public readonly WordSet ShouldHave = p.Words("ShouldHave");

        public static Lex For(LanguageProfile p) => p.AnalyzerState as Lex ?? (Lex)(p.AnalyzerState = new Lex(p));
    }
}
