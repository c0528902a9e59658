
namespace OutlookExit.Core.Review.Tone;

/// <summary>Clause-level analysis for English: a second-person subject ("you", "you're", "your team"),
/// then its predicate — auxiliaries, negation, absolute adverbs and the main verb — and the polarity of
/// what the clause says. Blame needs a blaming predicate; an absolute needs a predicate that is not praise.
/// <code>
/// You always ask for a discount.     → absolute (neutral verb, negative object)
/// You always gave clear feedback.     → nothing (fulfilled duty, positive object)
/// You never paid invoice 12.          → blame (negated duty) + absolute
/// You never failed to deliver.        → nothing (negated failure is praise)
/// I never take on more than I can…   → nothing (first-person subject)
/// If you didn't receive the files…   → nothing (conditional)
/// </code>
/// Word lists come from the profile (resources); only the grammar is code. Work per subject is bounded
/// by a fixed look-behind and look-ahead, so the whole pass is linear.</summary>
internal static class EnglishClauses
{
    private const int MaxPredicateSteps = 8;
    private const int ObjectWindow = 12;
    private const int ConditionalWindow = 10;
    private const int LeadingWindow = 12;

    public static void Find(ScannedText t, LanguageProfile p, List<Candidate> output)
    {
        var lex = Lex.For(p);
        for (var i = 0; i < t.Count; i++)
        {
            var isYou = IsSubjectYou(lex, t, i);
            if (!isYou && !IsSubjectYour(lex, t, i)) continue;
            // "thank you", "with you", "did you": "you" is not the subject of what follows.
            if (i > 0 && t.SameClause(i - 1, i) && lex.NotSubjectBefore.Has(t, i - 1)) continue;

            var predicate = isYou ? AfterYou(lex, t, i) : AfterYourNoun(lex, t, i);
            if (predicate < 0) continue;
            Analyse(t, lex, i, predicate, lex.SubjectBe.Has(t, i), output);
        }
    }

    /// <summary>"you", "you're", "you've": a second-person subject.</summary>
    private static bool IsSubjectYou(Lex lex, ScannedText t, int i) => lex.Subject.Has(t, i);

    /// <summary>"your": the start of a second-person noun phrase ("your team").</summary>
    private static bool IsSubjectYour(Lex lex, ScannedText t, int i) => lex.PossessiveSubject.Has(t, i);

    /// <summary>Where the predicate starts after "you": the next word, or the one after "you all", "you guys".</summary>
    private static int AfterYou(Lex lex, ScannedText t, int you)
    {
        var j = you + 1;
        return lex.SubjectExtension.Has(t, j) && t.SameClause(j, you) ? j + 1 : j;
    }

    /// <summary>Where the predicate starts after "your": behind one or two words of the noun phrase ("your team",
    /// "your dev team"); -1 when "your" is followed by no noun.</summary>
    private static int AfterYourNoun(Lex lex, ScannedText t, int your)
    {
        var j = your + 1;
        var nouns = 0;
        while (nouns < 2 && j < t.Count && t.SameClause(j, your) && !IsFunctionWord(lex, t, j) && (nouns == 0 || !IsKnownVerb(lex, t, j))) { j++; nouns++; }
        return nouns == 0 ? -1 : j;
    }

    private static bool IsFunctionWord(Lex lex, ScannedText t, int j) =>
        lex.Aux.Has(t, j) || lex.Negation.Has(t, j) || lex.Skip.Has(t, j) || AbsoluteAt(lex, t, j).Rule is not null;

    private static bool IsKnownVerb(Lex lex, ScannedText t, int j) =>
        lex.NegVerbs.Has(t, j) || lex.DutyVerbs.Has(t, j) || lex.PosVerbs.Has(t, j) || lex.Keep.Has(t, j);

    /// <summary>The absolute ("always", "never", "every time") that starts at token <paramref name="j"/>, and how
    /// many tokens it spans; no rule when there is none.</summary>
    private static (ToneRule? Rule, int Tokens) AbsoluteAt(Lex lex, ScannedText t, int j)
    {
        var profile = lex.Profile;
        if (!profile.AbsoluteWords.MayContain(t, j)) return (null, 0);
        foreach (var (rule, words) in profile.Absolutes)
        {
            var n = words.Match(t, j);
            if (n > 0) return (rule, n);
        }
        return (null, 0);
    }

    private static void Analyse(ScannedText t, Lex lex, int subjectToken, int j, bool be, List<Candidate> output)
    {
        var aux = lex.Aux;
        var beWords = lex.Be;
        var negation = lex.Negation;
        var skip = lex.Skip;
        var keep = lex.Keep;
        var should = lex.ShouldHave;
        var haveTo = lex.HaveTo;

        // "Every time you …": the absolute comes before the subject.
        ToneRule? absolute = null;
        var absoluteStart = -1;
        if (subjectToken >= 2 && t.SameClause(subjectToken - 2, subjectToken))
        {
            var (rule, n) = AbsoluteAt(lex, t, subjectToken - 2);
            if (rule is not null && n == 2) { absolute = rule; absoluteStart = t.Tokens[subjectToken - 2].Start; }
        }

        var absoluteBeforeSubject = absolute is not null;
        // "Every time we agree on a date, you move it", "Without fail, you …": an absolute that opens the sentence
        // governs the clause whose subject is "you". Its own clause's polarity still decides ("whenever I asked,
        // you answered quickly" is praise).
        if (absolute is null && LeadingAbsolute(lex, t, subjectToken) is { } leading)
        {
            absolute = lex.Profile.Rule("absolute.everyTime");
            absoluteStart = t.Tokens[leading].Start;
        }
        bool negated = false, shouldHave = false, modal = false;
        var verb = -1;
        for (var steps = 0; j < t.Count && t.SameClause(j, subjectToken) && steps < MaxPredicateSteps; steps++)
        {
            var (abs, absTokens) = AbsoluteAt(lex, t, j);
            if (abs is not null && absolute is null) { absolute = abs; absoluteStart = t.Tokens[j].Start; }
            if (negation.Has(t, j))
            {
                // "you didn't just pay on time, you paid early": "not only", not a negation.
                if (lex.NotOnly.Has(t, j + 1) && t.SameClause(j, j + 1)) { j += 2; continue; }
                negated = true;
                if (beWords.Has(t, j)) be = true;
                j++;
                continue;
            }
            if (abs is not null) { j += absTokens; continue; }
            if (keep.Has(t, j))
            {
                // "you keep (on) changing …"
                var k = j + 1;
                if (k < t.Count && t.Key(k).SequenceEqual("on")) k++;
                if (k < t.Count && t.SameClause(k, subjectToken) && t.Key(k).EndsWith("ing", StringComparison.Ordinal))
                {
                    if (absolute is null) { absolute = lex.Profile.Rule("absolute.keep"); absoluteStart = t.Tokens[j].Start; }
                    verb = k;
                    break;
                }
                verb = j;
                break;
            }
            if (aux.Has(t, j))
            {
                if (beWords.Has(t, j)) be = true;
                if (lex.Modal.Has(t, j)) modal = true;
                // "you have to …", "you don't need to …": a modal, not a deed.
                if (haveTo.Has(t, j) && j + 1 < t.Count && t.Key(j + 1).SequenceEqual("to")) { verb = j; modal = true; break; }
                if (should.Has(t, j) && j + 1 < t.Count && t.Key(j + 1).SequenceEqual("have")) { shouldHave = true; j += 2; continue; }
                j++;
                continue;
            }
            if (skip.Has(t, j) || IsAdverb(lex, t, j)) { j++; continue; }
            verb = j;
            break;
        }
        if (verb < 0) return;

        var negVerbs = lex.NegVerbs;
        var dutyVerbs = lex.DutyVerbs;
        var posVerbs = lex.PosVerbs;
        var negWords = lex.NegWords;
        var posWords = lex.PosWords;
        var negTraits = lex.NegTraits;
        var posTraits = lex.PosTraits;

        var isNegVerb = negVerbs.Has(t, verb) || IsNegativePhrasal(lex, t, verb);
        var isDuty = !isNegVerb && dutyVerbs.Has(t, verb);
        var isPosVerb = posVerbs.Has(t, verb);
        var isNegTrait = negTraits.Has(t, verb);
        var isPosTrait = posTraits.Has(t, verb);
        // "made time", "have time": a positive pair may start at the auxiliary just before the main word.
        var verbPolarity = isNegVerb || isNegTrait || negWords.Has(t, verb) ? -1
            : isDuty || isPosVerb || isPosTrait || posWords.Match(t, verb) > 0 || posWords.Match(t, verb - 1) == 2 ? 1 : 0;

        // "Every time you review a design, …" is about what follows, not a duty fulfilled.
        if (absoluteBeforeSubject && isDuty && !isPosVerb && verbPolarity > 0) verbPolarity = 0;

        var (objectNegative, objectPositive) = ObjectPolarity(lex, t, verb);
        var polarity = verbPolarity < 0 || objectNegative ? -1 : verbPolarity > 0 || objectPositive ? 1 : 0;
        if (negated) polarity = -polarity;

        if (IsConditional(lex, t, subjectToken)) return;

        var subjectStart = t.Tokens[subjectToken].Start;
        var verbEnd = t.Tokens[verb].End;
        // Questions with inversion ("did you …", "have you …") never get here (NotSubjectBefore); a statement with a
        // question mark ("You never told me?") is still a statement, and a '?' appended later must not undo a finding.
        {
            ToneRule? blame = null;
            var blameEnd = verbEnd;
            if (shouldHave)
            {
                if (isDuty || lex.ShouldHaveVerbs.Has(t, verb)) blame = lex.Profile.Rule("blame.shouldHave");
            }
            else if (modal) { }
            else if (!negated && isNegVerb)
            {
                blame = lex.Profile.Rule("blame.youFailed");
                // "failed to pay", "refused to sign": include the deed.
                if (verb + 2 < t.Count && t.SameClause(verb + 2, verb) && t.Key(verb + 1).SequenceEqual("to"))
                    blameEnd = t.Tokens[verb + 2].End;
            }
            else if (negated && (isDuty || isPosVerb) && polarity < 0) blame = lex.Profile.Rule("blame.youDidNot");
            else if (be && ((!negated && isNegTrait) || (negated && isPosTrait))) blame = lex.Profile.Rule("blame.youAre");
            if (blame is not null) output.Add(new Candidate(subjectStart, blameEnd, blame));
        }

        // "I was glad that you always said what you thought": when the clause itself is neutral, the words before it
        // say whether it is praise. Only the words before it: a flag never disappears because more text follows, so
        // a later clause ("…, which I valued") cannot turn an absolute into praise.
        if (absolute is not null && polarity == 0
            && (PhraseRules.SentenceBeforeHas(t, subjectToken, lex.PosWords) || PhraseRules.SentenceBeforeHas(t, subjectToken, lex.PosVerbs))
            && !PhraseRules.SentenceHas(t, subjectToken, lex.NegWords) && !PhraseRules.SentenceHas(t, subjectToken, lex.NegVerbs))
            absolute = null;
        if (absolute is not null && polarity <= 0 && !modal && !lex.NotAbsoluteVerbs.Has(t, verb))
        {
            var end = verbEnd;
            if (verb + 1 < t.Count && t.SameClause(verb + 1, verb) && lex.Particles.Has(t, verb + 1)) end = t.Tokens[verb + 1].End;
            output.Add(new Candidate(Math.Min(absoluteStart, end), end, absolute));
        }
    }

    /// <summary>"every time", "whenever", "without fail" in an earlier clause of the same sentence, within a bounded
    /// window before the subject; -1 when there is none.</summary>
    private static int? LeadingAbsolute(Lex lex, ScannedText t, int subjectToken)
    {
        for (var k = subjectToken - 1; k >= 0 && k >= subjectToken - LeadingWindow && t.SameSentence(k, subjectToken); k--)
            if (!t.SameClause(k, subjectToken) && lex.LeadingAbsolute.Match(t, k) > 0) return k;
        return null;
    }

    /// <summary>Whether the words after the verb ("a discount", "clear feedback") say something negative or positive:
    /// the first word that says either decides, so words appended later ("… and your demands") never turn a
    /// finding round.</summary>
    private static (bool Negative, bool Positive) ObjectPolarity(Lex lex, ScannedText t, int verb)
    {
        for (var k = verb + 1; k < t.Count && k <= verb + ObjectWindow && t.SameClause(k, verb); k++)
        {
            // A new subject or a conjunction starts another predicate: its words are not this verb's object.
            if (lex.Subject.Has(t, k) || lex.PossessiveSubject.Has(t, k) || lex.ObjectEnd.Has(t, k) || RunOn(t, k) || IsFirstPerson(t, k)) break;
            if (!lex.ObjectWords.MayContain(t, k)) continue;
            if (IsNegativeWord(lex, t, k)) return (true, false);
            if (IsPositiveWord(lex, t, k)) return (false, true);
        }
        return (false, false);
    }

    /// <summary>A capitalised word after a lower-case one, other than "I": a new sentence typed without a full stop
    /// ("… without telling me Thank you …").</summary>
    private static bool RunOn(ScannedText t, int k)
    {
        var word = t.Original(k);
        var before = t.Original(k - 1);
        return char.IsUpper(word[0]) && char.IsLower(before[0]) && !(word.Length == 1 || word[1] == '\'' || word[1] == '\u2019');
    }

    /// <summary>"I", "I'm", "I've", "we", "we're": the writer speaking starts a new predicate even without a comma
    /// ("… without telling me I'm kind of …"), so its words are never this verb's object.</summary>
    private static bool IsFirstPerson(ScannedText t, int k)
    {
        var key = t.Key(k);
        return key.SequenceEqual("i") || key.SequenceEqual("we")
            || key.Length > 2 && key[0] == 'i' && key[1] is '\'' or '\u2019'
            || key.Length > 3 && key[0] == 'w' && key[1] == 'e' && key[2] is '\'' or '\u2019';
    }

    private static bool IsNegativeWord(Lex lex, ScannedText t, int k) => lex.NegWords.Has(t, k) || lex.NegTraits.Has(t, k);

    private static bool IsPositiveWord(Lex lex, ScannedText t, int k) => lex.PosWords.Match(t, k) > 0 || lex.PosTraits.Has(t, k);

    /// <summary>"let me down", "turned us down": a verb whose particle makes it a failure.</summary>
    private static bool IsNegativePhrasal(Lex lex, ScannedText t, int verb)
    {
        if (!lex.NegPhrasalVerbs.Has(t, verb)) return false;
        var particles = lex.NegPhrasalParticles;
        for (var k = verb + 1; k <= verb + 2 && k < t.Count && t.SameClause(k, verb); k++)
            if (particles.Has(t, k)) return true;
        return false;
    }

    /// <summary>"-ly" words that are not verbs ("frankly", "simply") act as adverbs.</summary>
    private static bool IsAdverb(Lex lex, ScannedText t, int j)
    {
        var key = t.Key(j);
        return key.Length > 4 && key.EndsWith("ly", StringComparison.Ordinal)
            && !lex.DutyVerbs.Has(t, j) && !lex.NegVerbs.Has(t, j) && !lex.PosVerbs.Has(t, j)
            && !lex.PosTraits.Has(t, j) && !lex.NegTraits.Has(t, j);
    }

    /// <summary>"if you …", "unless you …", "I hope you never have to …": hypothetical, not a statement about the reader.</summary>
    private static bool IsConditional(Lex lex, ScannedText t, int subjectToken)
    {
        var conditional = lex.Conditional;
        for (var k = subjectToken - 1; k >= 0 && k >= subjectToken - ConditionalWindow && t.SameClause(k, subjectToken); k--)
            if (lex.ConditionalWords.MayContain(t, k) && conditional.Match(t, k) > 0) return true;
        return false;
    }

    /// <summary>The word lists this analysis uses, resolved once per language.</summary>
    private sealed class Lex(LanguageProfile p)
    {
        public readonly LanguageProfile Profile = p;
        public readonly WordSet Aux = p.Words("Aux");
        public readonly WordSet Be = p.Words("Be");
        public readonly WordSet Conditional = p.Words("Conditional");
        public readonly WordSet DutyVerbs = p.Words("DutyVerbs");
        public readonly WordSet HaveTo = p.Words("HaveTo");
        public readonly WordSet Keep = p.Words("Keep");
        public readonly WordSet LeadingAbsolute = p.Words("LeadingAbsolute");
        public readonly WordSet NegPhrasalParticles = p.Words("NegPhrasalParticles");
        public readonly WordSet NegPhrasalVerbs = p.Words("NegPhrasalVerbs");
        public readonly WordSet NegTraits = p.Words("NegTraits");
        public readonly WordSet NegVerbs = p.Words("NegVerbs");
        public readonly WordSet NegWords = p.Words("NegWords");
        public readonly WordSet Negation = p.Words("Negation");
        public readonly WordSet Modal = p.Words("Modal");
        public readonly WordSet NotOnly = p.Words("NotOnly");
        public readonly WordSet NotAbsoluteVerbs = p.Words("NotAbsoluteVerbs");
        public readonly WordSet NotSubjectBefore = p.Words("NotSubjectBefore");
        public readonly WordSet Particles = p.Words("Particles");
        public readonly WordSet ObjectEnd = p.Words("ObjectEnd");
        public readonly WordSet PosTraits = p.Words("PosTraits");
        public readonly WordSet PosVerbs = p.Words("PosVerbs");
        public readonly WordSet PosWords = p.Words("PosWords");
        public readonly WordSet PossessiveSubject = p.Words("PossessiveSubject");
        public readonly WordSet ShouldHave = p.Words("ShouldHave");
        public readonly WordSet ShouldHaveVerbs = p.Words("ShouldHaveVerbs");
        public readonly WordSet Skip = p.Words("Skip");
        public readonly WordSet Subject = p.Words("Subject");
        public readonly WordSet SubjectBe = p.Words("SubjectBe");
        public readonly WordSet SubjectExtension = p.Words("SubjectExtension");

        /// <summary>The sets the object of a predicate is checked against.</summary>
        public readonly WordGroup ObjectWords = new(p.Words("NegWords"), p.Words("NegTraits"), p.Words("PosWords"), p.Words("PosTraits"));
        public readonly WordGroup ConditionalWords = p.Words("Conditional").Alone;

        public static Lex For(LanguageProfile p) => p.AnalyzerState as Lex ?? (Lex)(p.AnalyzerState = new Lex(p));
    }
}
