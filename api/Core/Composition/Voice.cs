namespace OutlookExit.Core.Composition;

/// <summary>Which reviewed wording each sentence slot uses. The choice depends only on the identity of the letter —
/// kind, language, tone, sender name and business, client name and company — never on the plan or the note, so a
/// letter does not reshuffle while the user types, and the same request always gives the same letter.
/// The hash is FNV-1a over the UTF-16 text (stable across processes and platforms, unlike string.GetHashCode),
/// mixed per slot so that two letters choose independently slot by slot.</summary>
public readonly struct Voice
{
    private readonly ulong _seed;
    private readonly int _forced;

    private Voice(ulong seed, int forced) => (_seed, _forced) = (seed, forced);

    /// <summary>The voice of <paramref name="plan"/>'s letter.</summary>
    public static Voice Of(LetterPlan plan)
    {
        var h = Fnv.Offset;
        h = Fnv.Add(h, Contracts.EnumNames.Of(plan.Kind));
        h = Fnv.Add(h, plan.Language);
        h = Fnv.Add(h, Contracts.EnumNames.Of(plan.Tone));
        h = Fnv.Add(h, plan.SenderName);
        h = Fnv.Add(h, plan.SenderBusiness);
        h = Fnv.Add(h, plan.ClientName);
        h = Fnv.Add(h, plan.ClientCompany);
        return new Voice(h, -1);
    }

    /// <summary>Every slot takes wording number <paramref name="index"/> (modulo the slot's count): lets tests
    /// exercise each reviewed wording.</summary>
    internal static Voice Forced(int index) => new(0, Math.Max(0, index));

    /// <summary>The wording of slot <paramref name="slot"/> among <paramref name="choices"/>.</summary>
    public Template Choose(IReadOnlyList<Template> choices, string slot)
    {
        if (choices.Count == 1) return choices[0];
        if (_forced >= 0) return choices[_forced % choices.Count];
        var x = Fnv.Add(_seed, slot);
        // splitmix64 finaliser: spreads the low bits so that "modulo count" is close to uniform.
        x ^= x >> 30; x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27; x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return choices[(int)(x % (ulong)choices.Count)];
    }

    private static class Fnv
    {
        public const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Add(ulong h, string? text)
        {
            if (text is not null)
                foreach (var c in text)
                {
                    h = (h ^ (byte)c) * Prime;
                    h = (h ^ (byte)(c >> 8)) * Prime;
                }
            // A separator that no character produces on its own, so ("ab", "c") and ("a", "bc") differ.
            return (h ^ 0x1FF) * Prime;
        }
    }
}
