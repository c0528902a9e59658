using CsCheck;
using OutlookExit.Core.Rendering;

namespace OutlookExit.Tests.Core.Rendering;

/// <summary>The word count: runs of non-space characters with at least one letter or digit. The counter takes ASCII
/// from a table; on random text of ASCII, Czech letters, other scripts, Unicode spaces and punctuation it agrees with
/// the plain definition.</summary>
public class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t ", 0)]
    [InlineData("Dear Jordan,", 2)]
    [InlineData("Dobrý den, pane Nováku,", 4)]
    [InlineData("EUR 1,200.00 – due 1 December", 5)]
    [InlineData("a\u00A0b\u2003c", 3)] // no-break and em spaces separate words
    [InlineData("— … ! ?", 0)]
    [InlineData("日本語 テキスト", 2)]
    public void CountsRunsWithALetterOrDigit(string text, int expected) => Assert.Equal(expected, TextRenderer.CountWords(text));

    [Fact]
    public void AgreesWithThePlainDefinitionOnRandomText()
    {
        string[] pieces = ["a", "Z", "7", "ž", "Ř", "é", "ß", "日", "й", " ", "  ", "\n", "\t", "\u00A0", "\u2009", "\u3000",
            ",", ".", "–", "…", "\"", "„", "(", ")", "-", "'", "€", "\u200B", "\uD83D\uDE00"];
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 60].Select(string.Concat).Sample(text =>
            Assert.Equal(Plain(text), TextRenderer.CountWords(text)), iter: 5_000, seed: "0N0XIzNsQ0O2");
    }

    private static int Plain(string text)
    {
        var count = 0;
        var word = new System.Text.StringBuilder();
        foreach (var c in text + " ")
        {
            if (!char.IsWhiteSpace(c)) { word.Append(c); continue; }
            if (word.ToString().Any(char.IsLetterOrDigit)) count++;
            word.Clear();
        }
        return count;
    }
}
