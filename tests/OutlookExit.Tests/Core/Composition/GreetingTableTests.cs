using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>The greeting line for real-world names, companies and titles, in both languages and every tone.</summary>
public class GreetingTableTests
{
    private static LetterPlan Plan(string language, LetterTone tone, string? name, string? company = null, Gender? gender = null,
        string? salutation = null, string? title = null)
    {
        var request = new DraftRequest
        {
            Kind = DraftKind.ThankYou, Language = language, Tone = tone, Today = LetterMatrix.Today,
            Sender = new Sender { Name = "Alex" },
            Client = new Client { Name = name, Company = company, Gender = gender, Salutation = salutation, Title = title },
        };
        var result = PlanValidator.Validate(request, LetterMatrix.Today);
        Assert.Empty(result.Errors);
        return result.Plan!;
    }

    private static string Line(string language, LetterTone tone, string? name, string? company = null, Gender? gender = null, string? title = null) =>
        Greeting.Line(Plan(language, tone, name, company, gender, title: title), Wording.For(language));

    [Theory]
    // Tone and gender (rows moved from CoreTableTests; those whose rule changed say so).
    [InlineData("en", LetterTone.Neutral, "Jordan Lee", null, null, "Dear Jordan,")]
    [InlineData("en", LetterTone.Warm, "Jordan Lee", null, null, "Hi Jordan,")]
    [InlineData("en", LetterTone.Formal, "Jordan Lee", null, null, "Dear Jordan Lee,")]
    [InlineData("en", LetterTone.Formal, "Jordan Lee", null, Gender.Female, "Dear Ms Lee,")]
    [InlineData("en", LetterTone.Formal, "Dr. Jordan Lee", null, Gender.Male, "Dear Dr Lee,")] // was "Dear Mr Lee,": titles are kept
    [InlineData("en", LetterTone.Neutral, "Dr. Jordan Lee", null, null, "Dear Dr Lee,")] // was "Dear Jordan,": a title the user typed is kept
    [InlineData("en", LetterTone.Neutral, null, "Acme Ltd", null, "Dear Acme team,")] // was "Dear Acme Ltd team,"
    [InlineData("en", LetterTone.Neutral, null, "The Ministry of Fun", null, "Dear Ministry of Fun team,")]
    [InlineData("en", LetterTone.Warm, null, "the Coffee House Ltd", null, "Hello Coffee House team,")]
    [InlineData("en", LetterTone.Neutral, null, "Theatre Works", null, "Dear Theatre Works team,")]
    [InlineData("en", LetterTone.Warm, null, "Acme Ltd", null, "Hello Acme team,")] // was "Hello Acme Ltd team,"
    [InlineData("cs", LetterTone.Neutral, "Jan Novák", null, Gender.Male, "Dobrý den, pane Nováku,")]
    [InlineData("cs", LetterTone.Warm, "Jan Novák", null, Gender.Male, "Dobrý den, pane Nováku,")]
    [InlineData("cs", LetterTone.Formal, "Jan Novák", null, Gender.Male, "Vážený pane Nováku,")]
    [InlineData("cs", LetterTone.Formal, "Petr Svoboda", null, Gender.Male, "Vážený pane Svobodo,")]
    [InlineData("cs", LetterTone.Neutral, "Karel Němec", null, Gender.Male, "Dobrý den, pane Němče,")]
    [InlineData("cs", LetterTone.Neutral, "Jiří Král", null, Gender.Male, "Dobrý den, pane Králi,")]
    [InlineData("cs", LetterTone.Neutral, "Pavel Novotný", null, null, "Dobrý den, pane Novotný,")]
    [InlineData("cs", LetterTone.Neutral, "Jana Nováková", null, null, "Dobrý den, paní Nováková,")]
    [InlineData("cs", LetterTone.Formal, "Eva Černá", null, null, "Vážená paní Černá,")]
    [InlineData("cs", LetterTone.Formal, "Ing. Jana Dvořáková, Ph.D.", null, null, "Vážená paní inženýrko,")] // was "Vážená paní Dvořáková,"
    // Gender truly unknown ("Robin" is used for both; "Němec" says nothing) → the neutral greeting.
    [InlineData("cs", LetterTone.Neutral, "Robin Němec", null, null, "Dobrý den,")] // was "Karel Němec": Karel is now known as a man's name
    [InlineData("cs", LetterTone.Formal, "Robin Němec", null, null, "Vážená paní, vážený pane,")]
    [InlineData("cs", LetterTone.Neutral, null, "Stavby s.r.o.", null, "Dobrý den,")]
    [InlineData("cs", LetterTone.Formal, null, "Stavby s.r.o.", null, "Vážená paní, vážený pane,")]
    public void GreetingsFollowLanguageToneAndCertainGender(string language, LetterTone tone, string? name, string? company, Gender? gender, string expected) =>
        Assert.Equal(expected, Line(language, tone, name, company, gender));

    [Fact]
    public void AnOwnSalutationReplacesTheGreetingLine()
    {
        var plan = Plan("cs", LetterTone.Formal, "prof. MUDr. Karel Pešek, CSc.", salutation: "Milý Honzo,", title: "Dr.");
        Assert.Equal("Milý Honzo,", Greeting.Line(plan, Wording.For("cs")));
        plan = Plan("en", LetterTone.Formal, "Dr. Margaret Whitfield", salutation: "Hello Maggie,");
        Assert.Equal("Hello Maggie,", Greeting.Line(plan, Wording.For("en")));
    }

    [Theory]
    // English titles before the name: formal and neutral keep them (the user typed them); warm stays with the first name.
    [InlineData(LetterTone.Formal, "Dr. Margaret Whitfield", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Formal, "Dr Margaret Whitfield", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Neutral, "Dr. Margaret Whitfield", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Neutral, "Professor James Carter", "Dear Professor Carter,")]
    [InlineData(LetterTone.Neutral, "Jordan Lee, PhD", "Dear Dr Lee,")]
    [InlineData(LetterTone.Neutral, "Sir Ian Blair", "Dear Sir Ian,")]
    [InlineData(LetterTone.Neutral, "Mr. James O'Neil", "Dear James,")]
    [InlineData(LetterTone.Warm, "Dr. Margaret Whitfield", "Hi Margaret,")]
    [InlineData(LetterTone.Formal, "Prof. Alan Carter", "Dear Professor Carter,")]
    [InlineData(LetterTone.Formal, "Professor Alan Carter", "Dear Professor Carter,")]
    [InlineData(LetterTone.Formal, "prof. MUDr. Karel Pešek, CSc.", "Dear Professor Pešek,")]
    [InlineData(LetterTone.Formal, "MUDr. Jana Dvořáková", "Dear Dr Dvořáková,")]
    // Doctorates after the name are "Dr" in English; other degrees are not used.
    [InlineData(LetterTone.Formal, "Margaret Whitfield, PhD", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Formal, "Mgr. Petr Novák, Ph.D.", "Dear Dr Novák,")]
    [InlineData(LetterTone.Formal, "John Smith, MBA", "Dear Mr Smith,")]
    [InlineData(LetterTone.Formal, "John Smith Jr.", "Dear Mr Smith,")]
    [InlineData(LetterTone.Formal, "Robert Brown, Sr.", "Dear Mr Brown,")]
    [InlineData(LetterTone.Formal, "Ing. Petr Novák", "Dear Mr Novák,")]
    // Honorifics: their own form, and the gender they state.
    [InlineData(LetterTone.Formal, "Mrs Jordan Lee", "Dear Mrs Lee,")]
    [InlineData(LetterTone.Formal, "Miss Jordan Lee", "Dear Miss Lee,")]
    [InlineData(LetterTone.Formal, "Ms. Jordan Lee", "Dear Ms Lee,")]
    [InlineData(LetterTone.Formal, "Mr. Jordan Lee", "Dear Mr Lee,")]
    [InlineData(LetterTone.Formal, "Mx Jordan Lee", "Dear Mx Lee,")]
    // Gender from an unambiguous first name.
    [InlineData(LetterTone.Formal, "Margaret Whitfield", "Dear Ms Whitfield,")]
    [InlineData(LetterTone.Formal, "David Brown", "Dear Mr Brown,")]
    [InlineData(LetterTone.Formal, "Taylor Brown", "Dear Taylor Brown,")]
    [InlineData(LetterTone.Formal, "Alex Brown", "Dear Alex Brown,")]
    // Outlook display names turned round.
    [InlineData(LetterTone.Neutral, "Lee, Jordan", "Dear Jordan,")]
    [InlineData(LetterTone.Formal, "Lee, Jordan", "Dear Jordan Lee,")]
    [InlineData(LetterTone.Neutral, "Whitfield, Margaret", "Dear Margaret,")]
    [InlineData(LetterTone.Formal, "Whitfield, Margaret", "Dear Ms Whitfield,")]
    [InlineData(LetterTone.Formal, "Whitfield, Dr. Margaret", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Neutral, "WHITFIELD Margaret", "Dear Margaret,")]
    [InlineData(LetterTone.Formal, "WHITFIELD Margaret", "Dear Ms Whitfield,")]
    [InlineData(LetterTone.Formal, "Margaret Whitfield <m.whitfield@example.com>", "Dear Ms Whitfield,")]
    // Double and particle surnames stay whole; a middle given name does not join the surname.
    [InlineData(LetterTone.Formal, "Gabriel García Márquez", "Dear Mr García Márquez,")]
    [InlineData(LetterTone.Formal, "Vincent van Gogh", "Dear Mr van Gogh,")]
    [InlineData(LetterTone.Formal, "Mary Ann Smith", "Dear Ms Smith,")]
    [InlineData(LetterTone.Formal, "Tereza Kovářová Šimková", "Dear Ms Kovářová Šimková,")]
    // Vietnamese order: family name first, given name last; Văn / Thị mark the gender.
    [InlineData(LetterTone.Neutral, "Nguyen Van Minh", "Dear Minh,")]
    [InlineData(LetterTone.Formal, "Nguyen Van Minh", "Dear Mr Nguyen,")]
    [InlineData(LetterTone.Formal, "Nguyễn Thị Lan", "Dear Ms Nguyễn,")]
    // Only a surname, or only a first name.
    [InlineData(LetterTone.Neutral, "Dr. Whitfield", "Dear Dr Whitfield,")]
    [InlineData(LetterTone.Warm, "Prof. Carter", "Dear Professor Carter,")]
    [InlineData(LetterTone.Neutral, "Mrs Whitfield", "Dear Mrs Whitfield,")]
    [InlineData(LetterTone.Neutral, "Whitfield", "Dear Whitfield,")]
    [InlineData(LetterTone.Formal, "Margaret", "Dear Margaret,")]
    [InlineData(LetterTone.Warm, "Margaret", "Hi Margaret,")]
    public void EnglishGreetingsUseTitlesAndTheNameInItsRightOrder(LetterTone tone, string name, string expected) =>
        Assert.Equal(expected, Line("en", tone, name));

    [Theory]
    // The highest title before the name, in the vocative.
    [InlineData(LetterTone.Formal, "prof. MUDr. Karel Pešek, CSc.", "Vážený pane profesore,")]
    [InlineData(LetterTone.Formal, "prof. Ing. Jana Dvořáková, DrSc.", "Vážená paní profesorko,")]
    [InlineData(LetterTone.Formal, "doc. RNDr. Petr Svoboda, Ph.D.", "Vážený pane docente,")]
    [InlineData(LetterTone.Formal, "doc. Eva Malá", "Vážená paní docentko,")]
    [InlineData(LetterTone.Formal, "MUDr. Karel Pešek", "Vážený pane doktore,")]
    [InlineData(LetterTone.Formal, "MUDr. Jana Nováková", "Vážená paní doktorko,")]
    [InlineData(LetterTone.Formal, "JUDr. Petr Novák", "Vážený pane doktore,")]
    [InlineData(LetterTone.Formal, "PhDr. Eva Černá", "Vážená paní doktorko,")]
    [InlineData(LetterTone.Formal, "RNDr. Jan Král", "Vážený pane doktore,")]
    [InlineData(LetterTone.Formal, "MVDr. Lenka Horáková", "Vážená paní doktorko,")]
    [InlineData(LetterTone.Formal, "PharmDr. Tomáš Veselý", "Vážený pane doktore,")]
    [InlineData(LetterTone.Formal, "Dr. Margaret Whitfield", "Vážená paní doktorko,")]
    [InlineData(LetterTone.Formal, "Ing. Petr Novák", "Vážený pane inženýre,")]
    [InlineData(LetterTone.Formal, "Ing. arch. Pavel Veselý", "Vážený pane inženýre,")]
    [InlineData(LetterTone.Formal, "Ing. Jana Dvořáková", "Vážená paní inženýrko,")]
    [InlineData(LetterTone.Formal, "Ing.Jan Novák", "Vážený pane inženýre,")]
    // Mgr., MgA., Bc.: the surname form; titles after the name are never used in address.
    [InlineData(LetterTone.Formal, "Mgr. Petr Novák", "Vážený pane Nováku,")]
    [InlineData(LetterTone.Formal, "MgA. Jana Dvořáková", "Vážená paní Dvořáková,")]
    [InlineData(LetterTone.Formal, "Bc. Jan Svoboda, DiS.", "Vážený pane Svobodo,")]
    [InlineData(LetterTone.Formal, "Petr Novák, Ph.D.", "Vážený pane Nováku,")]
    [InlineData(LetterTone.Formal, "Jana Nováková, CSc., MBA", "Vážená paní Nováková,")]
    // Generation marks are not said in address.
    [InlineData(LetterTone.Formal, "Jan Novák ml.", "Vážený pane Nováku,")]
    [InlineData(LetterTone.Formal, "Ing. Josef Kos st.", "Vážený pane inženýre,")]
    [InlineData(LetterTone.Neutral, "Jan Novák ml.", "Dobrý den, pane Nováku,")]
    // Neutral and warm keep "Dobrý den," with the title word.
    [InlineData(LetterTone.Neutral, "MUDr. Karel Pešek", "Dobrý den, pane doktore,")]
    [InlineData(LetterTone.Warm, "MUDr. Jana Nováková", "Dobrý den, paní doktorko,")]
    [InlineData(LetterTone.Neutral, "prof. Jana Dvořáková", "Dobrý den, paní profesorko,")]
    [InlineData(LetterTone.Neutral, "Ing. Petr Novák", "Dobrý den, pane inženýre,")]
    // A title without a certain gender: the neutral greeting.
    [InlineData(LetterTone.Formal, "MUDr. Robin Kim", "Vážená paní, vážený pane,")]
    [InlineData(LetterTone.Neutral, "Ing. Robin Kim", "Dobrý den,")]
    // Gender from unambiguous first names: a named man is "pane".
    [InlineData(LetterTone.Formal, "Karel Němec", "Vážený pane Němče,")]
    [InlineData(LetterTone.Formal, "Tomáš Hruška", "Vážený pane Hruško,")]
    [InlineData(LetterTone.Formal, "Tomas Hruska", "Vážený pane Hrusko,")]
    [InlineData(LetterTone.Neutral, "Jiri Novak", "Dobrý den, pane Novaku,")]
    [InlineData(LetterTone.Formal, "Lucie Bílek", "Vážená paní Bílek,")]
    [InlineData(LetterTone.Formal, "David Brown", "Vážený pane Browne,")]
    [InlineData(LetterTone.Formal, "Margaret Whitfield", "Vážená paní Whitfield,")]
    // First name and surname disagree: not certain.
    [InlineData(LetterTone.Formal, "Jan Nováková", "Vážená paní, vážený pane,")]
    // Honorifics give the gender.
    [InlineData(LetterTone.Formal, "pan Robin Kos", "Vážený pane Kose,")]
    [InlineData(LetterTone.Formal, "paní Robin Kos", "Vážená paní Kos,")]
    [InlineData(LetterTone.Formal, "Mr Robin Smith", "Vážený pane Smithe,")]
    // Double surnames stay whole.
    [InlineData(LetterTone.Formal, "Tereza Kovářová Šimková", "Vážená paní Kovářová Šimková,")]
    [InlineData(LetterTone.Neutral, "Tereza Kovářová Šimková", "Dobrý den, paní Kovářová Šimková,")]
    [InlineData(LetterTone.Formal, "Marie Nováková-Svobodová", "Vážená paní Nováková-Svobodová,")]
    [InlineData(LetterTone.Formal, "Petr Novák-Svoboda", "Vážený pane Nováku-Svobodo,")]
    [InlineData(LetterTone.Formal, "Gabriel García Márquez", "Vážený pane García Márquez,")]
    // Display names turned round.
    [InlineData(LetterTone.Formal, "Novák, Jan", "Vážený pane Nováku,")]
    [InlineData(LetterTone.Formal, "NOVÁK Jan", "Vážený pane Nováku,")]
    [InlineData(LetterTone.Formal, "DVOŘÁKOVÁ Jana", "Vážená paní Dvořáková,")]
    [InlineData(LetterTone.Formal, "Pešek, Karel, prof. MUDr.", "Vážený pane profesore,")]
    [InlineData(LetterTone.Neutral, "Whitfield, Margaret", "Dobrý den, paní Whitfield,")]
    // Foreign surnames stay undeclined unless a rule is certain.
    [InlineData(LetterTone.Formal, "Louis Dubois", "Vážený pane Dubois,")]
    [InlineData(LetterTone.Formal, "Louis Leroux", "Vážený pane Leroux,")]
    [InlineData(LetterTone.Formal, "Louis Renault", "Vážený pane Renault,")]
    [InlineData(LetterTone.Formal, "Vincent Rousseau", "Vážený pane Rousseau,")]
    [InlineData(LetterTone.Formal, "Marco Rossi", "Vážený pane Rossi,")]
    [InlineData(LetterTone.Formal, "John Kennedy", "Vážený pane Kennedy,")]
    [InlineData(LetterTone.Formal, "Gabriel Picasso", "Vážený pane Picasso,")]
    [InlineData(LetterTone.Formal, "Nguyen Van Minh", "Vážený pane Nguyen,")]
    [InlineData(LetterTone.Formal, "Nguyễn Thị Lan", "Vážená paní Nguyễn,")]
    [InlineData(LetterTone.Neutral, "Nguyen Minh", "Dobrý den,")]
    // Short Czech surnames, movable vowels.
    [InlineData(LetterTone.Formal, "Jan Kos", "Vážený pane Kose,")]
    [InlineData(LetterTone.Formal, "Jan Pes", "Vážený pane Pse,")]
    [InlineData(LetterTone.Formal, "Jan Němec", "Vážený pane Němče,")]
    [InlineData(LetterTone.Formal, "Petr Havel", "Vážený pane Havle,")]
    [InlineData(LetterTone.Formal, "Petr Vrabec", "Vážený pane Vrabče,")]
    [InlineData(LetterTone.Formal, "Petr Hájek", "Vážený pane Hájku,")]
    [InlineData(LetterTone.Formal, "Petr Orel", "Vážený pane Orle,")]
    // Only a surname, or only a first name (which Czech address does not use).
    [InlineData(LetterTone.Formal, "MUDr. Pešek", "Vážená paní, vážený pane,")]
    [InlineData(LetterTone.Formal, "pan Pešek", "Vážený pane Pešku,")]
    [InlineData(LetterTone.Neutral, "Nováková", "Dobrý den, paní Nováková,")]
    [InlineData(LetterTone.Formal, "Karel", "Vážená paní, vážený pane,")]
    [InlineData(LetterTone.Neutral, "Karel", "Dobrý den,")]
    public void CzechGreetingsAddressByTitleAndDeclineOnlyWhereCertain(LetterTone tone, string name, string expected) =>
        Assert.Equal(expected, Line("cs", tone, name));

    [Theory]
    // client.title overrides a title found in the name, and may name one the name lacks.
    [InlineData("en", LetterTone.Formal, "Margaret Whitfield", "Dr", "Dear Dr Whitfield,")]
    [InlineData("en", LetterTone.Formal, "Dr. Margaret Whitfield", "Professor", "Dear Professor Whitfield,")]
    [InlineData("en", LetterTone.Formal, "Alan Carter", "prof.", "Dear Professor Carter,")]
    [InlineData("en", LetterTone.Formal, "Alan Carter", "Reverend", "Dear Reverend Carter,")]
    [InlineData("en", LetterTone.Formal, "Dr. Jordan Lee", "Ms", "Dear Ms Lee,")]
    [InlineData("en", LetterTone.Neutral, "Alan Carter", "Dr", "Dear Dr Carter,")]
    [InlineData("cs", LetterTone.Formal, "Karel Pešek", "prof. MUDr.", "Vážený pane profesore,")]
    [InlineData("cs", LetterTone.Formal, "prof. Karel Pešek", "MUDr.", "Vážený pane doktore,")]
    [InlineData("cs", LetterTone.Formal, "MUDr. Karel Pešek", "Mgr.", "Vážený pane Pešku,")]
    [InlineData("cs", LetterTone.Formal, "Jana Dvořáková", "Ing.", "Vážená paní inženýrko,")]
    [InlineData("cs", LetterTone.Formal, "Robin Kim", "paní", "Vážená paní Kim,")]
    [InlineData("cs", LetterTone.Formal, "Karel Pešek", "Reverend", "Vážený pane Pešku,")]
    [InlineData("cs", LetterTone.Neutral, "Jana Dvořáková", "doc.", "Dobrý den, paní docentko,")]
    // A style of address as the title is used like one in the name ("Sir" before the given name).
    [InlineData("en", LetterTone.Formal, "Ian Blair", "Sir", "Dear Sir Ian,")]
    [InlineData("en", LetterTone.Formal, "Mark Hill", "Rev.", "Dear Reverend Hill,")]
    [InlineData("en", LetterTone.Neutral, "Mark Hill", "Rev.", "Dear Reverend Hill,")]
    [InlineData("cs", LetterTone.Formal, "Ian Blair", "Sir", "Vážený pane Blaire,")]
    public void AnOwnTitleReplacesTheTitlesInTheName(string language, LetterTone tone, string name, string title, string expected) =>
        Assert.Equal(expected, Line(language, tone, name, title: title));

    [Theory]
    [InlineData(LetterTone.Formal, "Margaret Whitfield", Gender.Male, "Dear Mr Whitfield,")]
    [InlineData(LetterTone.Formal, "Taylor Brown", Gender.Female, "Dear Ms Brown,")]
    public void AGivenGenderWinsOverTheNameEnglish(LetterTone tone, string name, Gender gender, string expected) =>
        Assert.Equal(expected, Line("en", tone, name, gender: gender));

    [Theory]
    [InlineData(LetterTone.Formal, "Karel Novák", Gender.Female, "Vážená paní Novák,")]
    [InlineData(LetterTone.Formal, "MUDr. Robin Kim", Gender.Female, "Vážená paní doktorko,")]
    [InlineData(LetterTone.Neutral, "Robin Dubois", Gender.Male, "Dobrý den, pane Dubois,")]
    public void AGivenGenderWinsOverTheNameCzech(LetterTone tone, string name, Gender gender, string expected) =>
        Assert.Equal(expected, Line("cs", tone, name, gender: gender));

    [Theory]
    [InlineData("Northwind Logistics GmbH", "Dear Northwind Logistics team,")]
    [InlineData("Acme Ltd", "Dear Acme team,")]
    [InlineData("Acme Ltd.", "Dear Acme team,")]
    [InlineData("Acme, Inc.", "Dear Acme team,")]
    [InlineData("Acme Holdings LLC", "Dear Acme Holdings team,")]
    [InlineData("Siemens AG", "Dear Siemens team,")]
    [InlineData("Stavby s.r.o.", "Dear Stavby team,")]
    [InlineData("Stavby s. r. o.", "Dear Stavby team,")]
    [InlineData("Stavby Praha, spol. s r.o.", "Dear Stavby Praha team,")]
    [InlineData("Stavby spol. s r. o.", "Dear Stavby team,")]
    [InlineData("Pivovar a.s.", "Dear Pivovar team,")]
    [InlineData("Pivovar a. s.", "Dear Pivovar team,")]
    [InlineData("Novák a syn k.s.", "Dear Novák a syn team,")]
    [InlineData("Novák a Svoboda v.o.s.", "Dear Novák a Svoboda team,")]
    [InlineData("Airbus SE", "Dear Airbus team,")]
    [InlineData("Tesco plc", "Dear Tesco team,")]
    [InlineData("Tesco PLC", "Dear Tesco team,")]
    [InlineData("Müller GmbH & Co. KG", "Dear Müller team,")]
    [InlineData("Philips N.V.", "Dear Philips team,")]
    [InlineData("Northwind", "Dear Northwind team,")]
    [InlineData("GmbH", "Dear GmbH team,")]
    [InlineData("House of Sage", "Dear House of Sage team,")]
    public void TeamGreetingsLeaveOutTheLegalForm(string company, string expected) =>
        Assert.Equal(expected, Line("en", LetterTone.Neutral, null, company));

    [Theory]
    [InlineData("en", LetterTone.Formal, "Dear Sir or Madam,")] // was "Dear Northwind Logistics team,": the formal form with no name
    [InlineData("en", LetterTone.Warm, "Hello Northwind Logistics team,")]
    [InlineData("cs", LetterTone.Neutral, "Dobrý den,")]
    [InlineData("cs", LetterTone.Formal, "Vážená paní, vážený pane,")]
    public void TeamGreetingsInEveryToneAndLanguage(string language, LetterTone tone, string expected) =>
        Assert.Equal(expected, Line(language, tone, null, "Northwind Logistics GmbH"));

    [Theory]
    // A formal letter to a company with no person named closes "Yours faithfully,"; with a name, "Yours sincerely,".
    [InlineData("en", LetterTone.Formal, null, "Yours faithfully,")]
    [InlineData("en", LetterTone.Formal, "Jordan Lee", "Yours sincerely,")]
    [InlineData("en", LetterTone.Neutral, null, "Kind regards,")]
    [InlineData("cs", LetterTone.Formal, null, "S pozdravem")]
    public void TheSignOffMatchesTheGreeting(string language, LetterTone tone, string? name, string expected) =>
        Assert.Equal(expected, Composer.Compose(Plan(language, tone, name, "Northwind Logistics GmbH")).SignOff);

    [Theory]
    [InlineData("en", LetterTone.Formal, "Ing.")]
    [InlineData("cs", LetterTone.Formal, "Ph.D.")]
    public void ANameOfTitlesOnlyStillGivesAGreeting(string language, LetterTone tone, string name) =>
        Assert.False(string.IsNullOrWhiteSpace(Line(language, tone, name)));

    [Theory]
    // Styles of address before an English name: said in the formal greeting, "Sir" and "Dame" with the given name;
    // neutral keeps the style as formal does (the user typed it), warm greets by the given name; a style that names
    // no gender leaves it to the name.
    [InlineData("en", LetterTone.Formal, "Sir Ian Blair", "Dear Sir Ian,")]
    [InlineData("en", LetterTone.Neutral, "Sir Ian Blair", "Dear Sir Ian,")]
    [InlineData("en", LetterTone.Formal, "Dame Judith Olivia Dench", "Dear Dame Judith,")]
    [InlineData("en", LetterTone.Formal, "Rev. Mark Hill", "Dear Reverend Hill,")]
    [InlineData("en", LetterTone.Neutral, "Rev. Mark Hill", "Dear Reverend Hill,")]
    [InlineData("en", LetterTone.Warm, "Revd Sarah Pike", "Hi Sarah,")]
    [InlineData("en", LetterTone.Formal, "Captain Anna Kirk", "Dear Captain Kirk,")]
    [InlineData("en", LetterTone.Formal, "Hon. Justice Ruth Bader", "Dear Justice Bader,")]
    [InlineData("en", LetterTone.Neutral, "Hon. Justice Ruth Bader", "Dear Justice Bader,")]
    [InlineData("en", LetterTone.Formal, "Judge Tom Reyes", "Dear Judge Reyes,")]
    // Compound ranks are addressed by the senior word.
    [InlineData("en", LetterTone.Formal, "Lt Col Mark Hill", "Dear Colonel Hill,")]
    [InlineData("en", LetterTone.Formal, "Maj. Gen. Anna Kirk", "Dear General Kirk,")]
    [InlineData("en", LetterTone.Formal, "Lt Cmdr Ian Ross", "Dear Commander Ross,")]
    [InlineData("en", LetterTone.Formal, "Brig Gen Tom Reyes", "Dear General Reyes,")]
    [InlineData("en", LetterTone.Formal, "Brigadier Ann Lee", "Dear Brigadier Lee,")]
    [InlineData("en", LetterTone.Formal, "Major John Smith", "Dear Major Smith,")]
    [InlineData("en", LetterTone.Formal, "Lieutenant Sam Ford", "Dear Lieutenant Ford,")]
    // A German doctorate with its field: the field is part of the title, not a name.
    [InlineData("en", LetterTone.Formal, "Dr. med. Hans Müller", "Dear Dr Müller,")]
    [InlineData("en", LetterTone.Neutral, "Dr. rer. nat. Petra Lang", "Dear Dr Lang,")]
    // The same words after a given name are a surname ("John Major"), and alone they are a name.
    [InlineData("en", LetterTone.Formal, "John Major", "Dear Mr Major,")]
    [InlineData("en", LetterTone.Neutral, "John Major", "Dear John,")]
    [InlineData("en", LetterTone.Formal, "Justice Smith", "Dear Justice Smith,")]
    // Czech has no word for these styles: the gender they state is used, the style is not.
    [InlineData("cs", LetterTone.Formal, "Sir Ian Blair", "Vážený pane Blaire,")]
    [InlineData("cs", LetterTone.Formal, "Dr. med. Tomáš Müller", "Vážený pane doktore,")]
    public void StylesOfAddressAreSaidTheWayTheLanguageSaysThem(string language, LetterTone tone, string name, string expected) =>
        Assert.Equal(expected, Line(language, tone, name));
}
