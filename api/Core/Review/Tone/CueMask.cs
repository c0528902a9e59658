using System.Numerics;
using System.Runtime.CompilerServices;

namespace OutlookExit.Core.Review.Tone;

/// <summary>One bit per cue set of a language (up to <see cref="CueLexicon.MaxSets"/>).</summary>
internal readonly record struct CueMask(ulong A, ulong B, ulong C, ulong D)
{
    public static readonly CueMask None = default;

    public static CueMask Bit(int id) => (id >> 6) switch
    {
        0 => new(1UL << id, 0, 0, 0),
        1 => new(0, 1UL << (id & 63), 0, 0),
        2 => new(0, 0, 1UL << (id & 63), 0),
        _ => new(0, 0, 0, 1UL << (id & 63)),
    };

    public bool IsEmpty
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (A | B | C | D) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CueMask operator &(CueMask x, CueMask y) => new(x.A & y.A, x.B & y.B, x.C & y.C, x.D & y.D);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CueMask operator |(CueMask x, CueMask y) => new(x.A | y.A, x.B | y.B, x.C | y.C, x.D | y.D);

    /// <summary>The lowest set bit, or -1.</summary>
    public int Lowest() =>
        A != 0 ? BitOperations.TrailingZeroCount(A)
        : B != 0 ? 64 + BitOperations.TrailingZeroCount(B)
        : C != 0 ? 128 + BitOperations.TrailingZeroCount(C)
        : D != 0 ? 192 + BitOperations.TrailingZeroCount(D) : -1;

    /// <summary>This mask without bit <paramref name="id"/>.</summary>
    public CueMask Without(int id)
    {
        var b = Bit(id);
        return new(A & ~b.A, B & ~b.B, C & ~b.C, D & ~b.D);
    }
}
