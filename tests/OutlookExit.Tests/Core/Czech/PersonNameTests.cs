using CsCheck;
using OutlookExit.Core.Czech;

namespace OutlookExit.Tests.Core.Czech;

public class PersonNameTests
{
    [Theory]
    [InlineData("Dr. Margaret Whitfield", "Margaret", "Whitfield", TitleRank.Doctor, false)]
    [InlineData("prof. MUDr. Karel Pešek, CSc.", "Karel", "Pešek", TitleRank.Professor, false)]
    [InlineData("doc. RNDr. Eva Malá, Ph.D., MBA", "Eva", "Malá", TitleRank.Docent, true)]
    [InlineData("Ing. arch. Pavel Veselý", "Pavel", "Veselý", TitleRank.Engineer, false)]
    [InlineData("Mgr. Petr Novák, Ph.D.", "Petr", "Novák", TitleRank.None, true)]
    [InlineData("MUDr. et MUDr. Jan Novák", "Jan", "Novák", TitleRank.Doctor, false)]
    [InlineData("Jan Novák Ph.D. et Th.D.", "Jan", "Novák", TitleRank.None, true)]
    [InlineData("Ing.Jan Novák", "Jan", "Novák", TitleRank.Engineer, false)]
    [InlineData("Whitfield, Margaret", "Margaret", "Whitfield", TitleRank.None, false)]
    [InlineData("Lee, Jordan", "Jordan", "Lee", TitleRank.None, false)]
    [InlineData("Novák, Jan, Ing.", "Jan", "Novák", TitleRank.Engineer, false)]
    [InlineData("WHITFIELD Margaret", "Margaret", "Whitfield", TitleRank.None, false)]
    [InlineData("NOVÁK-SVOBODA Jan", "Jan", "Novák-Svoboda", TitleRank.None, false)]
    [InlineData("ING. JAN NOVÁK", "Jan", "Novák", TitleRank.Engineer, false)]
    [InlineData("Tereza Kovářová Šimková", "Tereza", "Kovářová Šimková", TitleRank.None, false)]
    [InlineData("Marie Nováková-Svobodová", "Marie", "Nováková-Svobodová", TitleRank.None, false)]
    [InlineData("Mary Ann Smith", "Mary", "Smith", TitleRank.None, false)]
    [InlineData("Vincent van Gogh", "Vincent", "van Gogh", TitleRank.None, false)]
    [InlineData("Nguyen Van Minh", "Minh", "Nguyen", TitleRank.None, false)]
    [InlineData("Jana Dvořáková <jana.dvorakova@example.cz>", "Jana", "Dvořáková", TitleRank.None, false)]
    [InlineData("Jana Dvořáková (Acme)", "Jana", "Dvořáková", TitleRank.None, false)]
    [InlineData("Novák", null, "Novák", TitleRank.None, false)]
    [InlineData("  Tomáš   Hruška  ", "Tomáš", "Hruška", TitleRank.None, false)]
    public void TakesTheNameApart(string text, string? given, string surname, TitleRank rank, bool doctorateAfter)
    {
        var name = PersonName.Parse(text);
        Assert.NotNull(name);
        Assert.Equal(given, name.Given);
        Assert.Equal(surname, name.Surname);
        Assert.Equal(rank, name.TitleBefore);
        Assert.Equal(doctorateAfter, name.DoctorateAfter);
    }

    [Theory]
    [InlineData("Karel Němec", NameGender.Male)]
    [InlineData("Jana Dvořák", NameGender.Female)]
    [InlineData("Robin Nováková", NameGender.Female)]
    [InlineData("Robin Novotný", NameGender.Male)]
    [InlineData("Jan Nováková", null)]
    [InlineData("Robin Němec", null)]
    [InlineData("Jordan Lee", null)]
    [InlineData("Lee, Jordan", null)]
    [InlineData("Margaret Whitfield", NameGender.Female)]
    [InlineData("Mrs Jordan Lee", NameGender.Female)]
    [InlineData("Mr Jordan Lee", NameGender.Male)]
    [InlineData("Mx Margaret Whitfield", null)]
    [InlineData("pan Robin Kos", NameGender.Male)]
    [InlineData("paní Robin Kos", NameGender.Female)]
    [InlineData("Nguyen Van Minh", NameGender.Male)]
    [InlineData("Nguyễn Thị Lan", NameGender.Female)]
    [InlineData("Nguyen Minh", null)]
    [InlineData("Tomas Hruska", NameGender.Male)]
    [InlineData("Jean-Pierre Dubois", null)]
    public void GenderOnlyWhereTheNameMakesItCertain(string text, NameGender? expected) =>
        Assert.Equal(expected, PersonName.Parse(text)!.Gender);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Ing.")]
    [InlineData("Ing. Ph.D.")]
    [InlineData("jana@example.cz")]
    [InlineData("- , ;")]
    public void NothingNameLikeIsNull(string? text) => Assert.Null(PersonName.Parse(text));

    [Fact]
    public void ParseNeverThrows()
    {
        Gen.String.Sample(text =>
        {
            var name = PersonName.Parse(text);
            if (name is not null) Assert.False(string.IsNullOrWhiteSpace(name.Surname));
        }, iter: 10_000);
    }
}

public class FirstNamesTests
{
    [Theory]
    [InlineData("Karel", NameGender.Male)]
    [InlineData("Jiří", NameGender.Male)]
    [InlineData("Jiri", NameGender.Male)]
    [InlineData("JIŘÍ", NameGender.Male)]
    [InlineData("Tereza", NameGender.Female)]
    [InlineData("Lucie", NameGender.Female)]
    [InlineData("Margaret", NameGender.Female)]
    [InlineData("David", NameGender.Male)]
    [InlineData("Anna-Marie", NameGender.Female)]
    [InlineData("Jordan", null)]
    [InlineData("Robin", null)]
    [InlineData("Andrea", null)]
    [InlineData("Nikola", null)]
    [InlineData("Alex", null)]
    [InlineData("Taylor", null)]
    [InlineData("Xyzzy", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void OnlyUnambiguousNamesHaveAGender(string? name, NameGender? expected) =>
        Assert.Equal(expected, FirstNames.GenderOf(name));

    [Fact]
    public void EveryVokativReferenceFirstNameThatIsListedHasItsGender()
    {
        // The reference names come from the same source as part of the list; a listed one must agree.
        var listed = 0;
        foreach (var (pairs, gender) in new[] { (VokativReferenceCases.MaleFirstNames, NameGender.Male), (VokativReferenceCases.FemaleFirstNames, NameGender.Female) })
            foreach (var pair in pairs)
            {
                var name = pair[..pair.IndexOf(' ')];
                if (FirstNames.GenderOf(name) is not { } g) continue;
                Assert.Equal(gender, g);
                listed++;
            }
        Assert.True(listed >= 190, $"only {listed} reference names are listed");
    }

    [Fact]
    public void TheListIsLargeAndItsFileIsDocumented()
    {
        var path = Path.Combine(RepoDir(), "api", "Core", "Czech", "Data", "first-names-gender.tsv");
        var lines = File.ReadAllLines(path);
        Assert.Contains(lines, l => l.StartsWith("# Sources", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "LICENSE-first-names.txt")));
        var rows = lines.Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.True(rows.Count >= 600, $"{rows.Count} names");
        Assert.All(rows, r => Assert.Matches(@"^\p{Ll}[\p{Ll}'\-]*\t[mf]\t[a-z\-,]+$", r));
        foreach (var ambiguous in new[] { "jordan", "robin", "andrea", "nikola", "alex", "taylor", "sam", "jean" })
            Assert.DoesNotContain(rows, r => r.StartsWith(ambiguous + "\t", StringComparison.Ordinal));
    }

    private static string RepoDir([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", ".."));
}

public class CzechAddressTests
{
    [Theory]
    [InlineData("Jan Novák", NameGender.Male, "Nováku")]
    [InlineData("Jan Kos", NameGender.Male, "Kose")]
    [InlineData("Jan Pes", NameGender.Male, "Pse")]
    [InlineData("Jan Němec", NameGender.Male, "Němče")]
    [InlineData("Petr Novák-Svoboda", NameGender.Male, "Nováku-Svobodo")]
    [InlineData("Petr Novák Svoboda", NameGender.Male, "Novák Svoboda")]
    [InlineData("Louis Dubois", NameGender.Male, "Dubois")]
    [InlineData("Louis Leroux", NameGender.Male, "Leroux")]
    [InlineData("Louis Giraud", NameGender.Male, "Giraud")]
    [InlineData("Louis Desmarais", NameGender.Male, "Desmarais")]
    [InlineData("Marco Rossi", NameGender.Male, "Rossi")]
    [InlineData("John Kennedy", NameGender.Male, "Kennedy")]
    [InlineData("Johann Goethe", NameGender.Male, "Goethe")]
    [InlineData("Nguyen Van Minh", NameGender.Male, "Nguyen")]
    [InlineData("David Smith", NameGender.Male, "Smithe")]
    [InlineData("Jana Nováková", NameGender.Female, "Nováková")]
    [InlineData("Margaret Whitfield", NameGender.Female, "Whitfield")]
    public void DeclinesOnlyWhereTheRuleIsCertain(string text, NameGender gender, string expected) =>
        Assert.Equal(expected, CzechAddress.Surname(PersonName.Parse(text)!, gender));
}
