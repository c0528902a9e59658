using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>No finding shows a secret: not the secret's own finding, and not a finding of another rule whose words
/// run over it.</summary>
public class SecretMaskingTests
{
    private static readonly string[] Secrets =
    [
        "ghp_8fK2mQ9xLr4Tz7Vb1Nc5Wd3Hs6Jy0Pa2Ee4",
        "sk_live_51HxQ2eKt9Rz8Vb3Nc7Wd1Hs4Jy6Pa0Ef",
        "password: Tr0ub4dor&3xq!",
        "heslo je Kv3tina#2026",
        "AKIAQ3EGRT7XW2NB5KLM",
    ];

    private static readonly (string Language, string Frame)[] Frames =
    [
        ("en", "You never used {0} the way I asked, you always ignore me."),
        ("en", "You always leave {0} lying around and it's your fault."),
        ("en", "As per my last email, {0} was never changed because of you."),
        ("cs", "Vždycky jste nechávali {0} na očích a byla to Vaše chyba."),
        ("en", "I'm so sorry, but you never rotate {0} and it's unacceptable."),
        ("en", "Pay by Friday or the login {0} goes to my lawyer."),
        ("en", "Unless you pay, {0} gets revoked."),
        ("cs", "Zaplaťte do pátku, jinak {0} předám právníkovi."),
    ];

    public static TheoryData<string, string, string> Texts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (language, frame) in Frames)
            foreach (var secret in Secrets)
                data.Add(language, string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, secret), secret);
        return data;
    }

    [Theory, MemberData(nameof(Texts))]
    public void NoExcerptOrReplacementShowsTheSecret(string language, string text, string secret)
    {
        var value = secret.Contains(' ') ? secret[(secret.LastIndexOf(' ') + 1)..] : secret;
        {
            var findings = ToneChecker.Check(text, language, "personalNote");
            Assert.Contains(findings, f => f.Category == "secret");
            foreach (var f in findings)
            {
                Assert.DoesNotContain(value, f.Excerpt, StringComparison.Ordinal);
                Assert.DoesNotContain(value, f.Replacement ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(value, f.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(value, f.Suggestion, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void AFindingThatRunsOverASecretKeepsItsOwnWordsAndMasksTheSecret()
    {
        const string secret = "ghp_8fK2mQ9xLr4Tz7Vb1Nc5Wd3Hs6Jy0Pa2Ee4";
        var text = $"Pay by Friday or {secret} goes to my lawyer.";
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        var findings = ToneChecker.Check(text, "en", "personalNote");
        var threat = Assert.Single(findings, f => f.Category == "threat");
        Assert.True(threat.Start < at && at + secret.Length < threat.Start + threat.Length, $"the threat finding should run over the secret: {threat}");
        Assert.Equal(text.Substring(threat.Start, at - threat.Start) + ToneChecker.SecretExcerpt
            + text.Substring(at + secret.Length, threat.Start + threat.Length - at - secret.Length), threat.Excerpt);
        Assert.Null(threat.Replacement);
    }
}
