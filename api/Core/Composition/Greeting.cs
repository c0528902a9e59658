using OutlookExit.Core.Contracts;
using OutlookExit.Core.Czech;

namespace OutlookExit.Core.Composition;

/// <summary>The greeting line of a letter, out of the client's name or company, the tone and the language.
/// All words come from the <c>Greeting.*</c> wording keys; this class decides which key and which name parts.</summary>
public static class Greeting
{
    /// <summary>The greeting line: the user's own salutation; else to a person (with the title the language uses
    /// in address, the gender where it is certain and, in Czech, the vocative); else to the company's team,
    /// its legal form left out.</summary>
    public static string Line(LetterPlan plan, Wording w)
    {
        if (plan.Salutation is { } own) return own;
        var company = plan.ClientCompany is { } c ? WithoutArticle(LegalForms.Strip(c)) : "";
        if (plan.ClientName is not { } name)
            return w.Pick("Greeting.Company", plan.Tone).Fill(new Args(("company", company)));

        var person = PersonName.Parse(name)
            ?? new PersonName(null, name.Trim(), TitleRank.None, false, null, null, false);
        // client.title, when given, taken apart once: it may state the gender and replaces the titles in the name.
        OwnTitle? stated = plan.ClientTitle is { } t ? OwnTitle.Parse(t) : null;
        var gender = plan.ClientGender switch
        {
            Gender.Female => NameGender.Female,
            Gender.Male => NameGender.Male,
            _ => stated is { } named && (named.Honorific is not null || named.Gender is not null) ? named.Gender : person.Gender,
        };
        var variant = gender switch { NameGender.Female => "female", NameGender.Male => "male", _ => "unknown" };
        var (title, byGivenName) = TitleWord(w, stated, plan.ClientTitle, person, variant);
        var key = title is null ? "Greeting.Person" : "Greeting.Titled";
        Template template;
        if (person.Given is null && FirstNames.GenderOf(person.Surname) is not null)
            // Only a first name ("Margaret"): greet by it; a surname form would be wrong, so Czech stays neutral.
            template = w.Pick("Greeting.Person", plan.Tone, "unknown");
        else
        {
            template = w.Pick(key, plan.Tone, variant);
            // Only a surname ("Dr. Whitfield"): a first-name greeting would use the surname, so take the formal form.
            if (person.Given is null && template.Uses("first")) template = w.Pick(key, LetterTone.Formal, variant);
        }
        var vocative = template.Uses("surnameVocative") && gender is { } g ? CzechAddress.Surname(person, g) : person.Surname;
        // "Sir" and "Dame" go before the given name: "Dear Sir Ian,".
        var addressed = byGivenName && person.Given is { } givenName ? givenName : person.Surname;
        return template.Fill(new Args(
            ("first", person.Given ?? person.Surname), ("full", person.Display), ("surname", addressed),
            ("surnameVocative", vocative), ("title", title ?? ""), ("company", company)));
    }

    /// <summary>"The Ministry of Fun" → "Ministry of Fun": the greeting says "Dear Ministry of Fun team,".</summary>
    private static string WithoutArticle(string company) =>
        company.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && company.AsSpan(4).Trim().Length > 0
            ? company[4..].TrimStart() : company;

    /// <summary>The title as this language uses it in address, or null. <c>client.title</c>, when given, replaces
    /// the titles found in the name. Tried in order: the highest title before the name
    /// (<c>Greeting.Title.professor|docent|doctor|engineer</c>, by gender variant), a doctorate after the name
    /// (<c>Greeting.Title.doctorAfter</c>), an honorific that is not just the gender (<c>Greeting.Title.mrs|miss|mx</c>),
    /// and a title the product does not know (<c>Greeting.Title.custom</c>). Only keys the language defines itself count,
    /// so Czech never borrows the English "Dr".</summary>
    private static (string? Word, bool ByGivenName) TitleWord(Wording w, OwnTitle? stated, string? ownTitle, PersonName person, string variant)
    {
        var rank = person.TitleBefore;
        var doctorateAfter = person.DoctorateAfter;
        var honorific = person.Honorific;
        var (style, styleByGivenName) = (person.Style, person.StyleTakesGivenName);
        string? custom = null;
        if (stated is { } given && ownTitle is not null)
        {
            (rank, doctorateAfter, honorific) = (given.Rank, given.DoctorateAfter, given.Honorific);
            (style, styleByGivenName) = (given.Style, given.StyleTakesGivenName && person.Given is not null);
            if (!given.Known) custom = ownTitle.Trim();
        }

        string? Own(string key, string value = "") =>
            w.IsOwn($"{key}.{variant}") ? w[$"{key}.{variant}"].Fill(new Args(("title", value)))
            : w.IsOwn(key) ? w[key].Fill(new Args(("title", value))) : null;

        if (rank != TitleRank.None && Own($"Greeting.Title.{rank.ToString().ToLowerInvariant()}") is { } ranked) return (ranked, false);
        if (doctorateAfter && Own("Greeting.Title.doctorAfter") is { } doctor) return (doctor, false);
        // "Sir Ian Blair", "Rev. Mark Hill", "Captain Anna Kirk": English address says the style.
        if (style is not null && Own("Greeting.Title.style", style) is { } styled) return (styled, styleByGivenName);
        if (honorific is "Mrs" or "Miss" or "Mx" && Own($"Greeting.Title.{honorific.ToLowerInvariant()}") is { } h) return (h, false);
        if (custom is { Length: > 0 } && Own("Greeting.Title.custom", custom) is { } text) return (text, false);
        return (null, false);
    }

    /// <summary><c>client.title</c> taken apart: the titles and honorific it names; <see cref="Known"/> is false
    /// when it names none the product knows ("Reverend"), and then it is used as written where the language allows.</summary>
    private readonly record struct OwnTitle(TitleRank Rank, bool DoctorateAfter, string? Honorific, NameGender? Gender, bool Known,
        string? Style, bool StyleTakesGivenName)
    {
        internal static OwnTitle Parse(string text)
        {
            var rank = TitleRank.None;
            var doctorate = false;
            string? honorific = null;
            NameGender? gender = null;
            var known = false;
            string? style = null;
            var styleByGiven = false;
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var token = word.Trim(',', ';');
                if (Titles.Honorific(token) is { } h) { (honorific, gender, known) = (h.English, h.Gender, true); continue; }
                if (Titles.Style(token) is { } s)
                {
                    known = true;
                    if (s.Address.Length > 0 && style is null) (style, styleByGiven, gender) = (s.Address, s.GivenName, gender ?? s.Gender);
                    continue;
                }
                var r = Titles.Rank(token);
                if (r > rank) rank = r;
                if (Titles.IsDoctorateAfterName(token)) doctorate = true;
                if (Titles.IsTitle(token) || token == "et") known = true;
            }
            return new(rank, doctorate, honorific, gender, known, style, styleByGiven);
        }
    }
}
