using OutlookExit.Core.Review.Secrets;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Secrets;

public class SecretDetectorTests
{
    [Theory]
    [InlineData("password: hunter2!", "hunter2!")]
    [InlineData("Password: hunter2!", "hunter2!")]
    [InlineData("The staging password is Xk3!mall.", "Xk3!mall")]
    [InlineData("heslo: Tajne123", "Tajne123")]
    [InlineData("Heslo je Tajne123, prosím nepředávejte ho.", "Tajne123")]
    [InlineData("Heslo do administrace je Tajne123.", "Tajne123")]
    [InlineData("login admin, pwd=S3cr3t", "S3cr3t")]
    [InlineData("Server=db;User=app;Pass=Xy7pQ2mm;", "Xy7pQ2mm")]
    [InlineData("Server=db;Password=Xy7;pQ2mm;Database=main", "Xy7;pQ2mm")]
    [InlineData("passwd = 'correct-horse-9'", "correct-horse-9")]
    [InlineData("password for the server: Xy7!abc", "Xy7!abc")]
    [InlineData("The password is: hunter2", "hunter2")]
    [InlineData("heslo k WiFi je Kava2026", "Kava2026")]
    [InlineData("PASSWORD=\"p@ss w0rd\"", "p@ss")]
    [InlineData("Přístup: uživatel alex, heslo „Tajne123“.", "Tajne123")]
    [InlineData("API key: a1B2c3D4e5", "a1B2c3D4e5")]
    [InlineData("api_key=ZX81-spectrum-48", "ZX81-spectrum-48")]
    [InlineData("Use sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c for the bot.", "sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c")]
    [InlineData("token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ", "ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ")]
    [InlineData("slack xoxb-1234567890-abcdefghijkl", "xoxb-1234567890-abcdefghijkl")]
    [InlineData("aws AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("maps key AIzaSyD4x9kLmN0pQrStUvWxYz1234567890abc", "AIzaSyD4x9kLmN0pQrStUvWxYz1234567890abc")]
    [InlineData("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [InlineData("Authorization: Bearer abcdef0123456789ghij", "abcdef0123456789ghij")]
    [InlineData("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("db at https://admin:Sup3rS3cret@db.example.com/main", "Sup3rS3cret")]
    public void FindsSecrets(string text, string secret)
    {
        var found = SecretDetector.Find(text);
        Assert.NotNull(found);
        Assert.Equal(secret, text.Substring(found.Value.Start, found.Value.Length));
    }

    [Fact]
    public void FindsPrivateKeys()
    {
        const string key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----";
        var text = "Here it is:\n" + key + "\nThanks";
        var found = SecretDetector.Find(text);
        Assert.NotNull(found);
        Assert.Equal(key, text.Substring(found.Value.Start, found.Value.Length));

        var truncated = "key -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA";
        Assert.NotNull(SecretDetector.Find(truncated));
    }

    [Theory]
    [InlineData("")]
    [InlineData("I will share the password through a password manager.")]
    [InlineData("The password is stored in the vault.")]
    [InlineData("Password: see the vault entry.")]
    [InlineData("Heslo Vám předám přes správce hesel.")]
    [InlineData("Heslo je uložené ve správci hesel.")]
    [InlineData("Invoice FV-2026-118 is due on 10 December.")]
    [InlineData("Invoice 2026-041 (EUR 1,200.00) is due on 1 December.")]
    [InlineData("sam@parkstudio.example")]
    [InlineData("jana.dvorakova-design2026@dvorakova.example")]
    [InlineData("https://rivera.example/projects/2026/homepage-redesign?step=3#top")]
    [InlineData("https://www.example.com/Docs/Handover2026/ReadMeFirst")]
    [InlineData("the shared project board")]
    [InlineData("Katalog produktů 2027")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy.")]
    [InlineData("CZ6508000000192000145399")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("MyCompanyProjectPlan2026Final")]
    [InlineData("homepage-redesign-phase-2-final-v3")]
    [InlineData("/Users/alex/Projects/OutlookExit2026/handover")]
    [InlineData("Password: ********")]
    [InlineData("password: <redacted>")]
    [InlineData("Secret: our launch date")]
    [InlineData("PIN the document to the board: Q3-plan")]
    [InlineData("compass: north")]
    [InlineData("Alex Rivera\nRivera Studio\n+420 777 123 456")]
    [InlineData("Homepage redesign")]
    [InlineData("sk-the-list")]
    [InlineData("password: 1Password")]
    [InlineData("The password is: in the vault")]
    [InlineData("Boarding pass: AB1234")]
    [InlineData("API key rotation for staging")]
    [InlineData("Password reset flow (v2)")]
    [InlineData("Token: migrate to OAuth2")]
    [InlineData("Secret Santa 2026")]
    [InlineData("Změna hesla 2026")]
    [InlineData("Alex Rivera | rivera.example | +420 777 123 456")]
    [InlineData("Use code WELCOME2026 for 10% off.")]
    [InlineData("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("https://cal.example/alex-rivera?duration=30&Lang=EN2")]
    [InlineData("Dobrý den, posílám přístupové údaje přes správce hesel.")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")]
    public void LeavesOrdinaryTextAlone(string text)
    {
        var found = SecretDetector.Find(text);
        Assert.True(found is null, found is { } f ? $"Flagged '{text.Substring(f.Start, f.Length)}' in \"{text}\"" : "");
    }

    [Theory]
    [InlineData("password: hunter2!")]
    [InlineData("Here is the key sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c, keep it safe.")]
    [InlineData("heslo: Tajne123 a token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----")]
    public void SecretFindingsNeverEchoTheSecret(string text)
    {
        foreach (var language in new[] { "en", "cs" })
        {
            var secrets = ToneChecker.Check(text, language).Where(f => f.Category == "secret").ToList();
            Assert.NotEmpty(secrets);
            foreach (var finding in secrets)
            {
                Assert.Equal(OutlookExit.Core.Contracts.Severity.Error, finding.Severity);
                Assert.StartsWith("secret.", finding.RuleId);
                var secret = text.Substring(finding.Start, finding.Length);
                Assert.DoesNotContain(secret, finding.Excerpt);
                Assert.DoesNotContain(secret, finding.Message);
                Assert.DoesNotContain(secret, finding.Suggestion);
            }
        }
    }

    [Fact]
    public void ReportsEverySecretInTheText()
    {
        var findings = ToneChecker.Check("heslo: Tajne123 a token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ", "cs");
        Assert.Equal(2, findings.Count(f => f.Category == "secret"));
    }
}
