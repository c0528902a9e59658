using CsCheck;
using OutlookExit.Core.Composition;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>Where an automatically placed note goes is decided with one multi-string search per list of stems; on
/// random notes made of the stems (in any case, inside and at the start of words), other words, letters that fold
/// to ASCII under case-insensitive comparison and punctuation, it decides as one search per stem does.</summary>
public class NoteKindsSearchTests
{
    private const long Samples = 20_000;

    private static readonly string[] Pieces =
        [" ", " ", ". ", ", ", "?", "-", "\n", "a", "un", "x", "é", "ſ", "\u212A", "İ", "ı", "Š", "the team", "práce", "rok"];

    private static Gen<string> Notes(string language)
    {
        var stems = NoteKinds.Stems(language);
        var stem = Gen.Int[0, stems.Count - 1].Select(i => stems[i]);
        var cased = stem.Select(s => s.ToUpperInvariant());
        var titled = stem.Select(s => char.ToUpperInvariant(s[0]) + s[1..]);
        var piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);
        return Gen.Frequency((4, stem), (1, cased), (1, titled), (6, piece)).Array[0, 12].Select(parts => string.Concat(parts));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void OneSearchDecidesAsOneSearchPerStem(string language)
    {
        int thanks = 0, not = 0;
        Notes(language).Sample(note =>
        {
            var expected = NoteKinds.IsThanksByStem(note, language);
            Assert.Equal(expected, NoteKinds.IsThanks(note, language));
            Interlocked.Increment(ref expected ? ref thanks : ref not);
        }, iter: Samples, print: n => $"{language}: {n.Replace("\n", "\\n")}");
        // Both answers are exercised.
        Assert.True(thanks > Samples / 20 && not > Samples / 20, $"{thanks} thanks and {not} other notes of {Samples}");
    }
}
