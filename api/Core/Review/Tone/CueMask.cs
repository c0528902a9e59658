using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OutlookExit.Core.Review.Tone;

/// <summary>One bit per cue set of a language (up to <see cref="CueLexicon.MaxSets"/>): two 256-bit vectors, so
/// the and / or of two masks is two vector operations.</summary>
internal readonly record struct CueMask(Vector256<ulong> Lo, Vector256<ulong> Hi)
{
    public static readonly CueMask None = default;

    public static CueMask Bit(int id)
    {
        Span<ulong> words = stackalloc ulong[8];
        words.Clear();
        words[id >> 6] = 1UL << (id & 63);
        return new(Vector256.Create(words[0], words[1], words[2], words[3]), Vector256.Create(words[4], words[5], words[6], words[7]));
    }

    public bool IsEmpty
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (Lo | Hi) == Vector256<ulong>.Zero;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CueMask operator &(CueMask x, CueMask y) => new(x.Lo & y.Lo, x.Hi & y.Hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CueMask operator |(CueMask x, CueMask y) => new(x.Lo | y.Lo, x.Hi | y.Hi);

    /// <summary>The lowest set bit, or -1.</summary>
    public int Lowest()
    {
        for (var i = 0; i < 4; i++)
            if (Lo.GetElement(i) is var w and not 0) return i * 64 + BitOperations.TrailingZeroCount(w);
        for (var i = 0; i < 4; i++)
            if (Hi.GetElement(i) is var w and not 0) return 256 + i * 64 + BitOperations.TrailingZeroCount(w);
        return -1;
    }

    /// <summary>This mask without bit <paramref name="id"/>.</summary>
    public CueMask Without(int id)
    {
        var b = Bit(id);
        return new(Vector256.AndNot(Lo, b.Lo), Vector256.AndNot(Hi, b.Hi));
    }
}
