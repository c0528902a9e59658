using System.Globalization;
using System.Reflection;

namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>The statistical layer of the client-ask detector: per language, one logistic model per ask (stay …
/// acceptance) over hashed features of the new text as the detector scanned it (<see cref="AskText"/>: quoted history
/// and signature already cut). The detector adds an ask the model scores at or above its threshold when the rules did
/// not find it and did not rule it out (a negated, suppressed or overlapped match of that ask).</summary>
/// <remarks>Features, one pass over the words: the folded word (digits as 0), or the word marked as negated when a
/// negation word stands within the three words before it in its clause; its first <see cref="StemLength"/> letters
/// when longer; the pair with the word before it in the same sentence. Each is hashed (FNV-1a) into one of
/// <see cref="Buckets"/> buckets; a message's score for an ask is the bias plus the weights of its features (counted
/// with repetition). Linear in the number of words, no allocation per word, deterministic.</remarks>
internal sealed class ClientAskModel
{
    /// <summary>The asks the model scores, in column order (not <c>other</c>: that stays the rules' fallback).</summary>
    public static readonly ClientAsk[] Asks =
        [ClientAsk.Stay, ClientAsk.MoreMoney, ClientAsk.Why, ClientAsk.MoreTime, ClientAsk.ExtraWork, ClientAsk.Invoice,
         ClientAsk.Replacement, ClientAsk.Acceptance];

    public const int Columns = 8;
    public const int BucketBits = 18;
    public const int Buckets = 1 << BucketBits;
    public const int StemLength = 5;
    /// <summary>A negation this many words back (or fewer, same clause) marks the word as negated.</summary>
    public const int NegationReach = 3;

    /// <summary>Whether the detector uses the layer, per language: English since the fifth set (validation5), Czech
    /// since the sixth (validation6) showed the gain the README asks for. See the README, "Statistical layer".</summary>
    public const bool EnabledEnglish = true, EnabledCzech = true;

    private readonly int[] _rowOf;      // bucket → row in _weights, or -1
    private readonly float[] _weights;  // row * Columns + column
    public float[] Bias { get; }
    public float[] Thresholds { get; }
    /// <summary>Thresholds for a message of at least <see cref="LongWords"/> words (as scanned: the new text), or null:
    /// the layer is trained on whole messages, so a message as long as the corpus's may use a lower threshold than a
    /// short one (a short line unlike the corpus stays with <see cref="Thresholds"/>). Ninth round; README.</summary>
    public float[]? LongThresholds { get; }
    public int LongWords { get; }
    public int FeatureCount { get; }

    public ClientAskModel(float[] bias, float[] thresholds, IReadOnlyList<(int Bucket, float[] Weights)> rows,
        float[]? longThresholds = null, int longWords = int.MaxValue)
    {
        if (bias.Length != Columns || thresholds.Length != Columns) throw new ArgumentException("one bias and one threshold per ask");
        if (longThresholds is not null && (longThresholds.Length != Columns || longWords < 1))
            throw new ArgumentException("one long-message threshold per ask and a positive word count");
        Bias = bias;
        Thresholds = thresholds;
        LongThresholds = longThresholds;
        LongWords = longThresholds is null ? int.MaxValue : longWords;
        _rowOf = new int[Buckets];
        Array.Fill(_rowOf, -1);
        _weights = new float[rows.Count * Columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var (bucket, w) = rows[r];
            if ((uint)bucket >= Buckets || w.Length != Columns || _rowOf[bucket] >= 0)
                throw new InvalidOperationException($"client-ask model row {r} is malformed or repeats bucket {bucket}");
            _rowOf[bucket] = r;
            w.CopyTo(_weights, r * Columns);
        }
        FeatureCount = rows.Count;
    }

    private static readonly Lazy<ClientAskModel?> English = new(() => Load("model-en.tsv"));
    private static readonly Lazy<ClientAskModel?> Czech = new(() => Load("model-cs.tsv"));

    /// <summary>Layer mode for the current thread: the scoring and training commands measure the rules alone or a
    /// freshly trained model without rebuilding.</summary>
    [ThreadStatic] private static int _mode; // 0: as shipped, 1: rules only, 2: the override models
    [ThreadStatic] private static ClientAskModel? _overrideEnglish, _overrideCzech;

    internal static IDisposable RulesOnlyScope() => new Scope(1, null, null);

    internal static IDisposable OverrideScope(ClientAskModel? english, ClientAskModel? czech) => new Scope(2, english, czech);

    private sealed class Scope : IDisposable
    {
        private readonly int _previous;
        private readonly ClientAskModel? _en, _cs;

        public Scope(int mode, ClientAskModel? english, ClientAskModel? czech)
        {
            (_previous, _en, _cs) = (_mode, _overrideEnglish, _overrideCzech);
            (_mode, _overrideEnglish, _overrideCzech) = (mode, english, czech);
        }

        public void Dispose() => (_mode, _overrideEnglish, _overrideCzech) = (_previous, _en, _cs);
    }

    /// <summary>The model the detector uses for a language now, or null when the layer is off.</summary>
    public static ClientAskModel? Active(bool czech) => _mode switch
    {
        1 => null,
        2 => czech ? _overrideCzech : _overrideEnglish,
        _ => czech ? (EnabledCzech ? Czech.Value : null) : (EnabledEnglish ? English.Value : null),
    };

    /// <summary>The shipped model of a language (also when the layer is off), for tests and the commands.</summary>
    public static ClientAskModel? Shipped(bool czech) => czech ? Czech.Value : English.Value;

    /// <summary>Adds to <paramref name="asks"/> each ask scored at or above its threshold that is not already there and
    /// whose bit is not set in <paramref name="ruledOut"/>; returns whether it added any.</summary>
    public bool AddAsks(AskText text, bool czech, HashSet<ClientAsk> asks, ushort ruledOut)
    {
        Span<float> scores = stackalloc float[Columns];
        Score(text, czech, scores);
        var thresholds = ThresholdsFor(text.Tokens.Count);
        var added = false;
        for (var c = 0; c < Columns; c++)
        {
            var ask = Asks[c];
            if (scores[c] < thresholds[c] || (ruledOut & (1 << (int)ask)) != 0 || asks.Contains(ask)) continue;
            asks.Add(ask);
            added = true;
        }
        return added;
    }

    /// <summary>The thresholds that apply to a message of <paramref name="words"/> words.</summary>
    public float[] ThresholdsFor(int words) => LongThresholds is { } t && words >= LongWords ? t : Thresholds;

    /// <summary>The raw scores (logits) per ask column.</summary>
    public void Score(AskText text, bool czech, Span<float> scores)
    {
        Bias.CopyTo(scores);
        var sink = new ScoreSink(this, scores);
        Visit(text, czech, ref sink);
    }

    private ref struct ScoreSink(ClientAskModel model, Span<float> scores) : IFeatureSink
    {
        private readonly Span<float> _scores = scores;

        public void Add(int bucket)
        {
            var row = model._rowOf[bucket];
            if (row < 0) return;
            var w = model._weights.AsSpan(row * Columns, Columns);
            for (var c = 0; c < Columns; c++) _scores[c] += w[c];
        }
    }

    internal interface IFeatureSink
    {
        void Add(int bucket);
    }

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    private static ulong Mix(ulong h, char c) => (h ^ (c is >= '0' and <= '9' ? '0' : c)) * Prime;

    private static int Bucket(ulong h) => (int)((h * 0x9E3779B97F4A7C15UL) >> (64 - BucketBits));

    /// <summary>Calls <paramref name="sink"/> once per feature of the text, in word order (training and scoring share it).</summary>
    internal static void Visit<TSink>(AskText text, bool czech, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        var tokens = text.Tokens;
        var folded = text.Folded;
        var lastNegation = -1 - NegationReach;
        var previous = 0UL;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var word = folded.AsSpan(t.Start, t.Length);
            var negated = lastNegation >= i - NegationReach && lastNegation >= 0 && tokens[lastNegation].Clause == t.Clause;
            var h = Mix(Offset, negated ? '!' : 'u');
            var plain = Offset; // the word alone, for the pair with the next word
            var stem = 0UL;
            var s = Mix(Offset, 's');
            for (var k = 0; k < word.Length; k++)
            {
                h = Mix(h, word[k]);
                plain = Mix(plain, word[k]);
                if (k < StemLength) s = Mix(s, word[k]);
            }
            if (word.Length > StemLength) stem = s;
            sink.Add(Bucket(h));
            if (stem != 0) sink.Add(Bucket(stem));
            if (i > 0 && tokens[i - 1].Sentence == t.Sentence)
            {
                var b = Mix(Mix(previous, ' '), 'b');
                for (var k = 0; k < word.Length; k++) b = Mix(b, word[k]);
                sink.Add(Bucket(b));
            }
            previous = plain;
            if (IsNegation(word, czech)) lastNegation = i;
        }
    }

    /// <summary>A negation word of the language (folded): marks the next three words of its clause as negated.</summary>
    internal static bool IsNegation(ReadOnlySpan<char> w, bool czech)
    {
        if (!czech)
            return w is "not" or "no" or "never" or "nobody" or "nothing" or "none" or "without" or "neither" or "nor" or "cannot"
                   || (w.Length > 3 && w.EndsWith("n't"));
        if (w is "ne" or "nic" or "nikdy" or "nikdo" or "ani" or "zadny" or "zadna" or "zadne" or "zadnou" or "bez" or "neni") return true;
        if (w.Length < 4 || w[0] != 'n' || w[1] != 'e') return false;
        if (w.StartsWith("nej")) return w is "nejsem" or "nejsi" or "nejsme" or "nejste" or "nejsou";
        return !(w.StartsWith("neco") || w.StartsWith("nece") || w.StartsWith("neci") || w.StartsWith("nekd") ||
                 w.StartsWith("neko") || w.StartsWith("nekt") || w.StartsWith("neky") || w.StartsWith("nekam") ||
                 w.StartsWith("nebo") || w is "nez" or "neboli" or "nedele" or "nedeli" || w.StartsWith("nemoc") ||
                 w.StartsWith("nemov") || w.StartsWith("nedav"));
    }

    // TSV: "bias" row, "threshold" row, optionally "long-words" (one number) and "threshold-long" rows, then one row per
    // bucket: bucket, then one weight per ask column.
    public static ClientAskModel? Load(string resource)
    {
        var assembly = typeof(ClientAskModel).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".ClientAsks.Model.Data." + resource, StringComparison.Ordinal));
        if (name is null) return null;
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static ClientAskModel Read(TextReader reader)
    {
        var inv = CultureInfo.InvariantCulture;
        float[]? bias = null, thresholds = null, longThresholds = null;
        int? longWords = null;
        var rows = new List<(int, float[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells[0] == "long-words")
            {
                if (cells.Length != 2 || !int.TryParse(cells[1], NumberStyles.None, inv, out var n) || n < 1)
                    throw new InvalidDataException("client-ask model long-words line is malformed");
                longWords = n;
                continue;
            }
            if (cells.Length != Columns + 1) throw new InvalidDataException($"client-ask model line has {cells.Length} cells");
            var w = new float[Columns];
            for (var c = 0; c < Columns; c++)
                w[c] = cells[c + 1] == "off" ? float.PositiveInfinity : float.Parse(cells[c + 1], NumberStyles.Float, inv);
            switch (cells[0])
            {
                case "bias": bias = w; break;
                case "threshold": thresholds = w; break;
                case "threshold-long": longThresholds = w; break;
                default: rows.Add((int.Parse(cells[0], NumberStyles.None, inv), w)); break;
            }
        }
        if ((longThresholds is null) != (longWords is null))
            throw new InvalidDataException("threshold-long and long-words come together");
        return new ClientAskModel(bias ?? throw new InvalidDataException("no bias row"),
            thresholds ?? throw new InvalidDataException("no threshold row"), rows, longThresholds, longWords ?? int.MaxValue);
    }

    public void Write(TextWriter writer, string header)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.Write("# " + header + "\n# columns: bucket");
        foreach (var a in Asks) writer.Write("\t" + ClientAskNames.Name(a));
        writer.Write('\n');
        void Row(string key, ReadOnlySpan<float> w)
        {
            writer.Write(key);
            foreach (var x in w) writer.Write("\t" + (float.IsPositiveInfinity(x) ? "off" : x.ToString("0.####", inv)));
            writer.Write('\n');
        }
        Row("bias", Bias);
        Row("threshold", Thresholds);
        if (LongThresholds is not null)
        {
            writer.Write("long-words\t" + LongWords.ToString(inv) + "\n");
            Row("threshold-long", LongThresholds);
        }
        for (var b = 0; b < Buckets; b++)
            if (_rowOf[b] >= 0) Row(b.ToString(inv), _weights.AsSpan(_rowOf[b] * Columns, Columns));
    }
}
