using System.Text;

namespace OutlookExit.Benchmarks;

/// <summary>Shapes of text for the secret detector's benchmark.</summary>
public enum SecretTextKind
{
    /// <summary>A realistic English personal note without secrets.</summary>
    Ordinary,
    /// <summary>A Czech note with diacritics and no-break spaces.</summary>
    Czech,
    /// <summary>Business text full of near misses: IBANs, links, invoice numbers, the word "password".</summary>
    LookAlikes,
    /// <summary>Labels, prefixes and URLs with credentials, one after another.</summary>
    Secrets,
    /// <summary>One letter repeated.</summary>
    OneLetter,
}

/// <summary>Builds the texts, exactly <c>length</c> UTF-16 characters long.</summary>
public static class SecretTexts
{
    private const string LookAlikeUnit =
        "Please pay invoice 2026/0007 to IBAN CZ73 5500 7815 6442 0991 5621 (VS 2026123). The notes are at "
        + "https://docs.google.com/document/d/fD8GdrsOcKSf9QRcCBRD8r2Id0zdf_eyOomyQznf7ORV/edit?usp=sharing and "
        + "the password is in the vault; Heslo Vám pošlu přes správce hesel. Ticket ebae2753-e5b1-4438-80db-da51a346e440. ";

    private const string SecretUnit =
        "password: Xk3!mall and DB_PASSWORD=Tulip&315, token ghp_86H3fzl4rlbwXJm9yJT0HlZdbx10lZEPD3jr, card 4445-5128-8157-0260, "
        + "postgres://app:qQH8QrGujx6oK9@db.example.cz/crm, Nové heslo zní Rocket2002% and sk_live_PBBegE2wccpo5WWNFoliMves. ";

    public static string Make(SecretTextKind kind, int length)
    {
        var unit = kind switch
        {
            SecretTextKind.Ordinary => ToneTexts.Make(TextKind.Ordinary, 400),
            SecretTextKind.Czech => ToneTexts.Make(TextKind.Czech, 300).Replace(" s ", " s\u00A0").Replace(" v ", " v\u00A0") + "Záloha 12\u00A0500 Kč. ",
            SecretTextKind.LookAlikes => LookAlikeUnit,
            SecretTextKind.Secrets => SecretUnit,
            _ => "a",
        };
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        sb.Length = length;
        return sb.ToString();
    }
}
