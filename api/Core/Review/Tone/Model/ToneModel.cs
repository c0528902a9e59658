using System.Buffers;
using System.Globalization;

namespace OutlookExit.Core.Review.Tone.Model;

/// <summary>The statistical layer of the tone checker: a per-language linear model over hashed features of the
/// folded words (unigrams, 5-letter stems, bigrams) that can add a finding where the rules found nothing in a sentence.
/// Whether <see cref="ToneChecker"/> calls it, per language, is decided on a held-out set (see the README).</summary>
/// <remarks>A window is a run of at most <see cref="Window"/> consecutive tokens of one sentence that starts at a
/// clause start or every <see cref="AnchorStep"/> tokens after one. Its flag score is the bias plus the weights of the
/// features inside it (a bigram counts when both its words are inside), so it depends only on its own tokens:
/// appending text after a flagged window never removes the flag. A sentence is flagged by its first window (by end
/// token) whose score reaches the threshold; the category is the best of the per-category scores of that window.
/// Linear: at most <see cref="Window"/> windows end at each token, each scored incrementally.</remarks>
internal sealed class ToneModel
{
    /// <summary>The labels of the category scorer, in column order, and the rule each one reports as.</summary>
    public static readonly string[] Labels =
        ["absolute", "apology", "blame", "breakup", "complaint", "guilt", "negativity", "passiveAggressive",
         "sarcasm", "threat", "waffle.reopen", "waffle.hedge"];

    public static readonly string[] LabelRules =
        ["absolute.always", "apology.sorry", "blame.youFailed", "breakup.breakUp", "complaint.thirdPerson", "guilt.sacrifice",
         "negativity.word", "passiveAggressive.asPreviouslyMentioned", "sarcasm.thanksFor", "threat.consequence",
         "waffle.reopen", "waffle.hedge"];

    /// <summary>Most tokens in a window, unless the model file says otherwise (<c>window</c> line).</summary>
    public const int DefaultWindow = 12;

    /// <summary>Most tokens in a window of this model.</summary>
    public int Window { get; }

    /// <summary>Windows start at a clause start and every this many tokens after it.</summary>
    public const int AnchorStep = 4;

    /// <summary>Letters kept for the stem feature ("zaplat*" from "zaplatili").</summary>
    public const int StemLength = 5;

    /// <summary>Columns per feature: the flag weight, then one per label.</summary>
    public const int Stride = 1 + 12;

    /// <summary>One slot of the open-addressing table: the flag weight sits next to the key, so scoring a token
    /// touches one cache line per feature; <see cref="Row"/> points at the label weights.</summary>
    private struct Entry
    {
        public ulong Key;
        public float Flag;
        public int Row;
    }

    private readonly Entry[] _table;
    private readonly int _shift;
    private readonly float[] _weights;
    private readonly float[] _bias;

    public double Threshold { get; }

    /// <summary>The second, higher threshold for a finished sentence that holds only a soft gate (<see cref="SoftGates"/>):
    /// thanks, praise, a condition, a request … — the cues sarcasm, guilt trips, threats and veiled offers to stay carry.
    /// +∞ (no <c>soft</c> line in the model file) leaves such sentences to the rules alone, as before.</summary>
    public double SoftThreshold { get; }

    public int FeatureCount { get; }

    /// <summary>The cue sets (and the positive word lists <c>PosWords</c>, <c>PosTraits</c>) that close a sentence to the
    /// model only below <see cref="SoftThreshold"/>. Every other gate is absolute: <see cref="HardGates"/>, a word inside an
    /// exception phrase, a secret, a last sentence not finished yet. Chosen per cue from leave-one-set-out figures (README,
    /// "Ninth round: a second threshold").</summary>
    public static readonly string[] SoftGates = ["Praise", "Thanks", "Please", "Hope", "Enjoy", "Agreed", "PosTraits"];

    /// <summary>The gates that close a sentence to the model at any score: a negation ("Payments were never late."), a
    /// condition (fair look-alikes of threats and offers to stay score far above both thresholds: "Jestli se do pátku
    /// neozvete, zavolám Vám v pondělí."), a plan kept or a cause outside the client, and the positive words (but for
    /// a word of thanks, which is the soft gate Thanks).</summary>
    public static readonly string[] HardGates = ["Negation", "If", "Unless", "Condition", "ModelLeave", "PosWords"];

    /// <summary>Every gate a sentence can hold (the trainer measures each one soft in turn).</summary>
    public static readonly string[] AllGates = ["Negation", "Praise", "Thanks", "If", "Unless", "Condition", "Please", "Hope", "Agreed", "Enjoy", "ModelLeave", "PosWords", "PosTraits"];

    /// <summary>Other soft gates for the current thread (the training command measures each choice through the checker).</summary>
    [ThreadStatic] private static string[]? _softOverride;

    /// <summary>Uses <paramref name="soft"/> as the soft gates (every other gate hard) on this thread until disposed.</summary>
    internal static IDisposable SoftGatesScope(string[] soft)
    {
        _softOverride = soft;
        return new RestoreSoft();
    }

    private sealed class RestoreSoft : IDisposable
    {
        public void Dispose() => _softOverride = null;
    }

    private static readonly Lazy<ToneModel> English = new(() => Load("model-en.tsv"));
    private static readonly Lazy<ToneModel> Czech = new(() => Load("model-cs.tsv"));

    /// <summary>The model of a language (normalised code; anything but `cs` is English), loaded once.</summary>
    public static ToneModel For(string code) => code == "cs" ? Czech.Value : English.Value;

    /// <summary>Off for the current thread while the training command measures the rules alone.</summary>
    [ThreadStatic] private static bool _rulesOnly;

    /// <summary>Another model for the current thread (the training command measures a candidate through the checker).</summary>
    [ThreadStatic] private static ToneModel? _override;

    /// <summary>Uses <paramref name="model"/> instead of the embedded one on this thread until disposed.</summary>
    internal static IDisposable UseScope(ToneModel model)
    {
        _override = model;
        return new Restore();
    }

    /// <summary>Turns the model off on this thread until disposed (the training command measures the rules alone).</summary>
    internal static IDisposable RulesOnlyScope()
    {
        _rulesOnly = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose()
        {
            _rulesOnly = false;
            _override = null;
        }
    }

    /// <summary>The languages whose model the checker uses: both. With the gates of <see cref="Run"/> (finished sentences
    /// only, none holding a rule's cue for another reading or a secret) no fair sentence of the table tests is flagged
    /// (README, "Statistical layer"). The training command measures other models through the same hook.</summary>
    public static readonly string[] SwitchedOn = ["en", "cs"];

    /// <summary>The checker's call: the language's model adds its findings to sentences the rules left alone.
    /// <paramref name="secrets"/> are left alone: the model adds nothing to a sentence that holds one (its long
    /// excerpt could carry a copy of the secret the finding's mask does not cover).</summary>
    public static void AddFindings(ScannedText s, LanguageProfile profile, List<Candidate> candidates,
        IReadOnlyList<Secrets.SecretDetector.SecretMatch> secrets)
    {
        if (_rulesOnly) return;
        if (_override is { } model) model.Find(s, profile, candidates, secrets);
        else if (Array.IndexOf(SwitchedOn, profile.Code) >= 0) For(profile.Code).Find(s, profile, candidates, secrets);
    }

    public ToneModel(double threshold, float[] bias, IReadOnlyList<(string Feature, float[] Weights)> features, int window = DefaultWindow,
        double softThreshold = double.PositiveInfinity)
    {
        if (bias.Length != Stride) throw new ArgumentException("bias needs one weight per column", nameof(bias));
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window));
        if (softThreshold < threshold) throw new ArgumentOutOfRangeException(nameof(softThreshold), "the soft threshold is never below the threshold");
        Threshold = threshold;
        SoftThreshold = softThreshold;
        Window = window;
        _bias = bias;
        FeatureCount = features.Count;
        var capacity = 16;
        while (capacity < features.Count * 2) capacity <<= 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _table = new Entry[capacity];
        _weights = new float[features.Count * Stride];
        for (var f = 0; f < features.Count; f++)
        {
            var (name, w) = features[f];
            if (w.Length != Stride) throw new ArgumentException($"feature '{name}' needs {Stride} weights", nameof(features));
            w.CopyTo(_weights, f * Stride);
            var key = Hash(name);
            var at = Slot(key);
            while (_table[at].Key != 0 && _table[at].Key != key) at = (at + 1) & (capacity - 1);
            if (_table[at].Key == key) throw new InvalidOperationException($"Tone model feature '{name}' is listed twice or collides.");
            _table[at] = new Entry { Key = key, Flag = w[0], Row = f };
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The row and flag weight of a feature hash; row -1 and weight 0 when the model does not know it.</summary>
    private int Find(ulong key, out float flag)
    {
        var table = _table;
        var mask = table.Length - 1;
        var at = Slot(key);
        while (true)
        {
            ref readonly var e = ref table[at];
            if (e.Key == key) { flag = e.Flag; return e.Row; }
            if (e.Key == 0) { flag = 0; return -1; }
            at = (at + 1) & mask;
        }
    }

    // FNV-1a over the folded characters, digits as '0'; 0 is the empty slot, so it is moved.
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    private static ulong Mix(ulong h, char c)
    {
        if (c is >= '0' and <= '9') c = '0';
        return (h ^ c) * Prime;
    }

    private static ulong Final(ulong h) => h == 0 ? 1 : h;

    /// <summary>The hash of a feature name: a folded word, <c>word*</c> (stem) or <c>word word</c> (bigram).</summary>
    public static ulong Hash(ReadOnlySpan<char> feature)
    {
        var h = Offset;
        foreach (var c in feature) h = Mix(h, c);
        return Final(h);
    }

    /// <summary>Feature names of one folded word (training side): the word and, when longer, its stem.</summary>
    public static IEnumerable<string> WordFeatures(string word)
    {
        var w = Normalise(word);
        yield return w;
        if (w.Length > StemLength) yield return string.Concat(w.AsSpan(0, StemLength), "*");
    }

    public static string Bigram(string previous, string word) => Normalise(previous) + " " + Normalise(word);

    private static string Normalise(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++) span[i] = w[i] is >= '0' and <= '9' ? '0' : w[i];
    });

    /// <summary>Adds at most one candidate per sentence: its first window (by end token) at or above the threshold,
    /// unless a rule candidate of the same category overlaps that window (the rule's finding, with its precise excerpt,
    /// stands for it). A model finding depends only on its own window and on rule candidates that overlap it with
    /// its own category, so text appended after it leaves it or a same-category rule finding over the same words.</summary>
    public void Find(ScannedText s, LanguageProfile profile, List<Candidate> candidates,
        IReadOnlyList<Secrets.SecretDetector.SecretMatch>? secrets = null)
    {
        if (s.Count == 0) return;
        var rules = candidates.Count;
        var sorted = ArrayPool<Candidate>.Shared.Rent(Math.Max(rules, 1));
        try
        {
            candidates.CopyTo(sorted);
            Array.Sort(sorted, 0, rules, StartOrder.Instance);
            var found = new List<Candidate>();
            Run(s, Threshold, found, profile, secrets);
            foreach (var hit in found)
            {
                // Rule candidates starting from the hit's sentence on and before the hit's end; one hit per sentence,
                // and a rule candidate lies within its sentence, so each is looked at about once: linear.
                var from = LowerBound(sorted, rules, SentenceStart(s, hit.Start));
                var overlapped = false;
                for (var k = from; k < rules && sorted[k].Start < hit.End && !overlapped; k++)
                    overlapped = sorted[k].End > hit.Start && sorted[k].Rule.Category == hit.Rule.Category;
                if (!overlapped) candidates.Add(hit);
            }
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(sorted);
        }
    }

    private sealed class StartOrder : IComparer<Candidate>
    {
        public static readonly StartOrder Instance = new();
        public int Compare(Candidate a, Candidate b) => a.Start.CompareTo(b.Start);
    }

    private static int LowerBound(Candidate[] sorted, int count, int start)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The offset of the first token of the sentence that holds <paramref name="offset"/>.</summary>
    private static int SentenceStart(ScannedText s, int offset)
    {
        int lo = 0, hi = s.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (s.Tokens[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        var sentence = s.Tokens[lo].Sentence;
        while (lo > 0 && s.Tokens[lo - 1].Sentence == sentence) lo--;
        return s.Tokens[lo].Start;
    }

    /// <summary>The highest window score of the text (no threshold, no sentence skipped): what the threshold is chosen on.</summary>
    internal double MaxScore(ScannedText s) => s.Count == 0 ? double.NegativeInfinity : Run(s, double.PositiveInfinity, null, null);

    /// <summary>The highest window score among the sentences that hold only soft gates (closed to the model but for the
    /// soft threshold): what the soft threshold's floor is chosen on.</summary>
    internal double MaxSoftScore(ScannedText s, LanguageProfile profile)
    {
        if (s.Count == 0) return double.NegativeInfinity;
        var states = SentencesClosedToModel(s, profile, null, softOpen: true);
        for (var i = 0; i < states.Length; i++) states[i] = states[i] == Soft ? Open : Closed;
        return Run(s, double.PositiveInfinity, null, null, null, states);
    }

    /// <summary>The model's findings on a whole text as (start, end, label), with no rule candidates.</summary>
    internal List<(int Start, int End, string Label)> Hits(ScannedText s, string language)
    {
        var found = new List<Candidate>();
        if (s.Count > 0) Run(s, Threshold, found, LanguageProfile.For(language));
        return [.. found.Select(c => (c.Start, c.End, Labels[Array.IndexOf(LabelRules, c.Rule.Id)]))];
    }

    /// <summary>Scores the windows; adds a candidate for the first window of each sentence open to the model that reaches
    /// <paramref name="threshold"/> (when <paramref name="candidates"/> is given) and returns the highest score seen.
    /// Without candidates (training, <see cref="MaxScore"/>) every sentence is scored.</summary>
    private double Run(ScannedText s, double threshold, List<Candidate>? candidates, LanguageProfile? profile,
        IReadOnlyList<Secrets.SecretDetector.SecretMatch>? secrets = null, byte[]? states = null)
    {
        var n = s.Count;
        var tokens = s.Tokens;
        // The model speaks only about finished sentences the rules saw and left without a reading of their own:
        // a sentence still open at the end of the text waits (appending text never removes a finding), and a
        // sentence holding one of the rules' cues for another reading — a negation, praise, thanks, a condition,
        // a request, an agreement, a positive word, or a word inside an exception phrase — is theirs to judge.
        // Windows and word pairs never cross a sentence, so the words of a closed sentence need no features, and a
        // text whose sentences are all closed costs no scoring at all.
        // A sentence holding only a soft gate is scored too when the model has a soft threshold; it needs that score.
        var soft = SoftThreshold;
        var closedToModel = states ?? (candidates is not null && profile is not null ? SentencesClosedToModel(s, profile, secrets, double.IsFinite(soft)) : null);
        if (closedToModel is not null && Array.IndexOf(closedToModel, Open) < 0 && Array.IndexOf(closedToModel, Soft) < 0) return double.NegativeInfinity;
        var uni = ArrayPool<float>.Shared.Rent(n);
        var big = ArrayPool<float>.Shared.Rent(n);
        var rows = ArrayPool<int>.Shared.Rent(n * 3);
        var clauseRun = ArrayPool<int>.Shared.Rent(n);
        var max = double.NegativeInfinity;
        try
        {
            var folded = s.Folded;
            var previous = 0UL;
            for (var i = 0; i < n; i++)
            {
                var t = tokens[i];
                clauseRun[i] = i > 0 && tokens[i - 1].Clause == t.Clause ? clauseRun[i - 1] + 1 : 0;
                if (closedToModel is not null && closedToModel[t.Sentence] == Closed) continue;
                var h = Offset;
                var stem = 0UL;
                for (var k = 0; k < t.Length; k++)
                {
                    h = Mix(h, folded[t.Start + k]);
                    if (k == StemLength - 1 && t.Length > StemLength) stem = Final(Mix(h, '*'));
                }
                var r0 = Find(Final(h), out var w0);
                float w1 = 0, w2 = 0;
                var r1 = stem == 0 ? -1 : Find(stem, out w1);
                var r2 = -1;
                if (i > 0 && tokens[i - 1].Sentence == t.Sentence)
                {
                    var b = Mix(previous, ' ');
                    for (var k = 0; k < t.Length; k++) b = Mix(b, folded[t.Start + k]);
                    r2 = Find(Final(b), out w2);
                }
                previous = h;
                uni[i] = w0 + w1;
                big[i] = w2;
                rows[3 * i] = r0;
                rows[3 * i + 1] = r1;
                rows[3 * i + 2] = r2;
            }
            var flagged = -1;
            var window = Window;
            for (var j = 0; j < n; j++)
            {
                var sentence = tokens[j].Sentence;
                if ((closedToModel is not null && closedToModel[sentence] == Closed) || sentence == flagged) continue;
                double sum = _bias[0], best = double.NegativeInfinity;
                var bestFirst = -1;
                for (var a = j; a >= 0 && j - a < window && tokens[a].Sentence == sentence; a--)
                {
                    sum += uni[a];
                    if (a < j) sum += big[a + 1];
                    if (clauseRun[a] % AnchorStep == 0 && sum > best) { best = sum; bestFirst = a; }
                }
                if (best > max) max = best;
                if (bestFirst < 0 || best < (closedToModel is not null && closedToModel[sentence] == Soft ? soft : threshold) || candidates is null) continue;
                flagged = sentence;
                var label = Label(rows, bestFirst, j);
                candidates.Add(new Candidate(tokens[bestFirst].Start, tokens[j].End, profile!.Rule(LabelRules[label])));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(uni);
            ArrayPool<float>.Shared.Return(big);
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<int>.Shared.Return(clauseRun);
        }
        return max;
    }

    /// <summary>Per sentence: true when the model must leave it alone — still open at the end of the text, or holding
    /// a cue of the rules for a reading that is not a complaint (see <see cref="Run"/>).</summary>
    private const byte Open = 0, Soft = 1, Closed = 2;

    /// <summary>The gates that are cue sets (the other two, <c>PosWords</c> and <c>PosTraits</c>, are word lists).</summary>
    private static readonly string[] CueGates = ["Negation", "Praise", "Thanks", "If", "Unless", "Condition", "Please", "Hope", "Agreed", "Enjoy", "ModelLeave"];

    private static bool IsSoft(string gate) => Array.IndexOf(_softOverride ?? SoftGates, gate) >= 0;

    private static byte State(string gate, bool softOpen) => softOpen && IsSoft(gate) ? Soft : Closed;

    /// <summary>Per sentence: <see cref="Closed"/> when the model must leave it alone at any score — still open at the end
    /// of the text, holding a hard gate, a word inside an exception phrase or a secret; <see cref="Soft"/> when it holds
    /// only soft gates (<see cref="SoftGates"/>; only when <paramref name="softOpen"/>, else these close it too), judged
    /// at <see cref="SoftThreshold"/>; <see cref="Open"/> otherwise.</summary>
    private static byte[] SentencesClosedToModel(ScannedText s, LanguageProfile profile,
        IReadOnlyList<Secrets.SecretDetector.SecretMatch>? secrets, bool softOpen)
    {
        var n = s.Count;
        var tokens = s.Tokens;
        var sentences = tokens[n - 1].Sentence + 1;
        var closed = new byte[sentences];
        var cues = profile.Cues;
        CueMask hard = default, softMask = default;
        foreach (var name in CueGates)
            if (State(name, softOpen) == Soft) softMask |= cues.Bit(name); else hard |= cues.Bit(name);
        var masks = s.CueMasks(cues);
        var pos = profile.Words("PosWords");
        var posTraits = profile.Words("PosTraits");
        var posState = State("PosWords", softOpen);
        var traitState = State("PosTraits", softOpen);
        // "thanks" / "děkuji" are positive words too; as thanks they are the soft gate Thanks, not a hard positive word.
        var thanks = State("Thanks", softOpen) == Soft ? cues.Bit("Thanks") : default;
        for (var i = 0; i < n; i++)
        {
            ref var state = ref closed[tokens[i].Sentence];
            if (state == Closed) continue;
            if (!(masks[i] & hard).IsEmpty || s.Ignored(i)) { state = Closed; continue; }
            if (!(masks[i] & softMask).IsEmpty) state = Soft;
            if (pos.Has(s, i)) state = Math.Max(state, (masks[i] & thanks).IsEmpty ? posState : Soft);
            if (posTraits.Has(s, i)) state = Math.Max(state, traitState);
        }
        // A sentence that holds a secret (sorted by start, as the detector returns them) is the secret finding's.
        if (secrets is { Count: > 0 })
            for (int i = 0, k = 0; i < n; i++)
            {
                while (k < secrets.Count && secrets[k].End <= tokens[i].Start) k++;
                for (var q = k; q < secrets.Count && secrets[q].Start < tokens[i].Start + tokens[i].Length; q++)
                    if (secrets[q].End > tokens[i].Start) { closed[tokens[i].Sentence] = Closed; break; }
            }
        // The last sentence is finished only when a sentence end follows its last word and nothing appended could
        // join it to that word ('.' after a digit, with only spaces after it, may still become a decimal point or
        // the full stop of an ordinal day before a month name, "do 10. prosince").
        var text = s.Text;
        var last = tokens[n - 1];
        var finished = false;
        for (var k = last.Start + last.Length; k < text.Length && !finished; k++)
        {
            var c = text[k];
            if (c is '.' or '!' or '?' or ';' or '\n' or '\r' or '\u2026' or '\u2029')
                finished = !(c == '.' && char.IsDigit(text[k - 1]) && text.AsSpan(k + 1).IsWhiteSpace());
        }
        if (!finished) closed[last.Sentence] = Closed;
        return closed;
    }

    /// <summary>The same weights with another threshold.</summary>
    /// <summary>The same weights with another threshold (the soft threshold kept, or raised to it).</summary>
    internal ToneModel WithThreshold(double threshold) => new(this, threshold, Math.Max(SoftThreshold, threshold));

    /// <summary>The same weights with another threshold and soft threshold.</summary>
    internal ToneModel WithThresholds(double threshold, double softThreshold) => new(this, threshold, softThreshold);

    private ToneModel(ToneModel other, double threshold, double softThreshold)
    {
        if (softThreshold < threshold) throw new ArgumentOutOfRangeException(nameof(softThreshold), "the soft threshold is never below the threshold");
        _table = other._table; _shift = other._shift; _weights = other._weights; _bias = other._bias;
        FeatureCount = other.FeatureCount;
        Window = other.Window;
        Threshold = threshold;
        SoftThreshold = softThreshold;
    }

    private int Label(int[] rows, int first, int last)
    {
        Span<double> score = stackalloc double[Labels.Length];
        for (var c = 0; c < Labels.Length; c++) score[c] = _bias[1 + c];
        for (var i = first; i <= last; i++)
            for (var k = 0; k < 3; k++)
            {
                if (k == 2 && i == first) continue;
                var r = rows[3 * i + k];
                if (r < 0) continue;
                for (var c = 0; c < Labels.Length; c++) score[c] += _weights[r * Stride + 1 + c];
            }
        var best = 0;
        for (var c = 1; c < Labels.Length; c++) if (score[c] > score[best]) best = c;
        return best;
    }

    /// <summary>Reads a model file: <c>threshold</c>, <c>window</c>, <c>columns</c>, <c>bias</c>, then one line per
    /// feature, tab-separated.</summary>
    public static ToneModel Parse(TextReader reader)
    {
        double threshold = double.NaN, soft = double.PositiveInfinity;
        var window = DefaultWindow;
        float[]? bias = null;
        var features = new List<(string, float[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            // The header lines come before the bias line; after it every line is a feature, whatever its word.
            if (bias is not null) { features.Add((cols[0], Weights(cols))); continue; }
            switch (cols[0])
            {
                case "threshold": threshold = double.Parse(cols[1], CultureInfo.InvariantCulture); break;
                case "window": window = int.Parse(cols[1], CultureInfo.InvariantCulture); break;
                case "soft": soft = double.Parse(cols[1], CultureInfo.InvariantCulture); break;
                case "columns": break;
                case "bias": bias = Weights(cols); break;
                default: throw new InvalidDataException($"Tone model line '{cols[0]}' comes before the bias line.");
            }
        }
        if (double.IsNaN(threshold) || bias is null) throw new InvalidDataException("Tone model file needs a threshold and a bias line.");
        return new ToneModel(threshold, bias, features, window, soft);
    }

    private static float[] Weights(string[] cols)
    {
        if (cols.Length != 1 + Stride) throw new InvalidDataException($"Tone model line '{cols[0]}' needs {Stride} weights.");
        var w = new float[Stride];
        for (var i = 0; i < Stride; i++) w[i] = float.Parse(cols[1 + i], CultureInfo.InvariantCulture);
        return w;
    }

    private static ToneModel Load(string name)
    {
        var assembly = typeof(ToneModel).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("Tone.Model.Data." + name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Tone model '{name}' is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
