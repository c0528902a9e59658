using OutlookExit.Core.Contracts;
using OutlookExit.Core.Czech;

namespace OutlookExit.Core.Composition;

/// <summary>The greeting line of a letter, out of the client's name or company, the tone and the language.</summary>
public static class Greeting
{
    /// <summary>The greeting line: the user's own salutation, else by person or company, tone and (for languages that use it) gender.</summary>
    public static string Line(LetterPlan plan, Wording w)
    {
        if (plan.Salutation is { } own) return own;
        if (plan.ClientName is not { } name)
            return w.Pick("Greeting.Company", plan.Tone).Fill(new Args(("company", plan.ClientCompany ?? "")));

        var surname = CzechNames.Surname(name) ?? name;
        var gender = plan.ClientGender switch
        {
            Gender.Female => NameGender.Female,
            Gender.Male => NameGender.Male,
            _ => CzechNames.InferGenderFromSurname(surname),
        };
        var variant = gender switch { NameGender.Female => "female", NameGender.Male => "male", _ => "unknown" };
        var template = w.Pick("Greeting.Person", plan.Tone, variant);
        var vocative = template.Uses("surnameVocative") && gender is { } g ? CzechNames.Vocative(surname, g) : surname;
        return template.Fill(new Args(
            ("first", FirstName(name)), ("full", name), ("surname", surname),
            ("surnameVocative", vocative), ("company", plan.ClientCompany ?? "")));
    }

    private static string FirstName(string fullName)
    {
        foreach (var part in fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!part.EndsWith('.')) return part.TrimEnd(',');
        return fullName;
    }
}
