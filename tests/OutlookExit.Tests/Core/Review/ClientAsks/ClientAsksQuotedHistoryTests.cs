using OutlookExit.Core.Review.ClientAsks;
using Detector = OutlookExit.Core.Review.ClientAsks.ClientAskDetector;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The quoted notice below a reply is cut off, so its ask words ("stay", "invoice", "replacement") never count.</summary>
public class ClientAsksQuotedHistoryTests
{
    private const string Notice = "I will end our work together; if you want me to stay longer, have questions about the final invoice " +
                                  "or need a replacement recommended, let me know. Why now? I'm refocusing.";

    public static TheoryData<string, string, string> Replies() => new()
    {
        { "en", "Thanks, noted and all the best.\n\n", "On Mon, 7 Dec 2026 at 09:15, Pat Doe <pat@example.org> wrote:\n> " + Notice },
        { "en", "Thanks, noted and all the best.\n\n", "On Mon, 7 Dec 2026 at 09:15, Pat Doe\n<pat@example.org> wrote:\n\n" + Notice },
        { "en", "Thanks, noted and all the best.\n\n", "-----Original Message-----\nFrom: Pat Doe <pat@example.org>\nSent: Monday, 7 December 2026 09:15\nTo: Sam\nSubject: Notice\n\n" + Notice },
        { "en", "Thanks, noted and all the best.\n\n", "________________________________\nFrom: Pat Doe <pat@example.org>\nSent: 07 December 2026 09:15\nSubject: Notice\n\n" + Notice },
        { "en", "Thanks, noted and all the best.\n", "From: Pat Doe <pat@example.org>\nDate: 7 December 2026\nSubject: Notice\n" + Notice },
        { "en", "Thanks, noted and all the best.\n", "> On 7 Dec 2026, at 09:15, Pat Doe <pat@example.org> wrote:\n> " + Notice },
        { "en", "Thanks, noted and all the best.\nSam\n", "-- \nSam Client | Please stay tuned for our newsletter | invoice questions: ap@example.org" },
        { "en", "Thanks, noted and all the best.\n\n", "Von: Pat Doe <pat@example.org>\nGesendet: Montag, 7. Dezember 2026 09:15\n\n" + Notice },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "Dne 7. 12. 2026 v 9:15 Pat Doe <pat@example.org> napsal(a):\n> Rozhodl jsem se ukončit spolupráci. Pokud chcete, abych zůstal déle, nebo máte otázky k faktuře, ozvěte se. Proč teď?" },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "---------- Původní zpráva ----------\nOd: Pat Doe <pat@example.org>\nOdesláno: pondělí 7. prosince 2026 9:15\n\nPokud chcete, abych zůstal déle, nebo doporučil náhradu, ozvěte se." },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n", "Od: Pat Doe <pat@example.org>\nDatum: 7. 12. 2026\nPředmět: Výpověď\nPokud chcete, abych zůstal déle, ozvěte se." },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n", "> 7. 12. 2026 v 9:15, Pat Doe <pat@example.org>:\n> Nepřemlouvejte mě, abych zůstal. Faktura bude následovat." },
        { "en", "Thanks, noted and all the best.\n\n", "Get Outlook for iOS\n________________________________\nFrom: Pat Doe <pat@example.org>\nSent: Monday, December 7, 2026 9:15 AM\nTo: Sam\nSubject: Notice\n\n" + Notice },
        { "en", "Thanks, noted and all the best.\n\n", "Sent from my iPhone\n\n> On 7 Dec 2026, at 09:15, Pat Doe <pat@example.org> wrote:\n> " + Notice },
        { "en", "Thanks, noted and all the best.\n\nKind regards,\n", "Pat Doe\nHead of Finance | invoice questions: ap@example.org\n+44 20 7946 0000" },
        { "en", "Thanks, noted and all the best.\n\n", "Le lun. 7 déc. 2026 à 09:15, Pat Doe <pat@example.org> a écrit :\n" + Notice },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "po 7. 12. 2026 v 9:15 odesílatel Pat Doe <pat@example.org> napsal:\n\nPokud chcete, abych zůstal déle, nebo doporučil náhradu, ozvěte se." },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "Odesláno z iPhonu\n\nOd: Pat Doe <pat@example.org>\nOdesláno: pondělí 7. prosince 2026 9:15\nKomu: Jana\nPředmět: Výpověď\n\nPokud chcete, abych zůstal déle, ozvěte se." },
        { "en", "Thanks, noted and all the best.\n\n", "Begin forwarded message:\n\nFrom: Pat Doe <pat@example.org>\nSubject: Notice\nDate: 7 December 2026 at 09:15:00 GMT\n\n" + Notice },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "Začátek přeposlané zprávy:\n\nOd: Pat Doe <pat@example.org>\nPředmět: Výpověď\nDatum: 7. prosince 2026 v 9:15:00 SEČ\n\nPokud chcete, abych zůstal déle, ozvěte se." },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "---------- Původní e-mail ----------\nOd: Pat Doe <pat@example.org>\nKomu: Jana\nDatum: 7. 12. 2026 9:15:00\nPředmět: Výpověď\n\nPokud chcete, abych zůstal déle, ozvěte se." },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\n", "Získejte Outlook pro Android\n\nOd: Pat Doe <pat@example.org>\nOdesláno: pondělí 7. prosince 2026 9:15\n\nPokud chcete, abych zůstal déle, ozvěte se." },
        { "en", "Thanks, noted and all the best.\n\n", "Sent via the Samsung Galaxy, an AT&T 5G smartphone\n\n" + Notice },
        { "cs", "Děkuji, beru na vědomí a ať se daří.\n\nS pozdravem\n", "Jana Nováková\nvedoucí provozu | faktury zasílejte na ucetni@example.cz\ntel. 777 123 456" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void OnlyTheNewTextCounts(string language, string reply, string quoted)
    {
        var result = Detector.Detect(reply + quoted, language);
        Assert.Equal(reply.Length, result.NewTextLength);
        Assert.Equal(["acceptance"], result.Names);
    }

    [Fact]
    public void WithoutQuotesTheWholeMessageIsNew()
    {
        const string message = "Could you stay until March?\n\nFrom the whole team: thank you for everything.\nSent from the office, in a hurry: please return the keys.";
        var result = Detector.Detect(message, "en");
        Assert.Equal(message.Length, result.NewTextLength);
        Assert.Equal(["moreTime", "acceptance", "other"], result.Names);
    }

    [Fact]
    public void AMailAppFooterEndsTheNewText()
    {
        const string reply = "Could you stay until March?\n\nFrom the whole team: thank you for everything.\n";
        var result = Detector.Detect(reply + "Sent from my phone\n\nInvoice questions? Write to ap@example.org", "en");
        Assert.Equal(reply.Length, result.NewTextLength);
        Assert.Equal(["moreTime", "acceptance"], result.Names);
    }

    [Fact]
    public void AQuoteAtTheTopLeavesNoNewText()
    {
        var result = Detector.Detect("> Please stay.\n> Thanks", "en");
        Assert.Equal(0, result.NewTextLength);
        Assert.Equal(["other"], result.Names);
    }

    [Theory]
    [InlineData("Thanks!\n\nCould you stay until March? The launch moved.\n\nBest,\nJo", "moreTime")]
    [InlineData("Kind regards,\nJo\nP.S. Please send the final invoice again, it never arrived.", "invoice")]
    [InlineData("Díky,\nJana\n\nJeště prosím: mohl byste zůstat do konce ledna?", "moreTime")]
    public void TextAfterAClosingThatIsNotASignatureStillCounts(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', Detector.Detect(message, message.Contains("Díky") ? "cs" : "en").Names));

    [Fact]
    public void DashesInTheTextAreNotASignature()
    {
        const string message = "Understood --- thank you for everything.\n—\nCould you resend the final invoice?";
        var result = Detector.Detect(message, "en");
        Assert.Equal(message.Length, result.NewTextLength);
        Assert.Equal(["invoice", "acceptance"], result.Names);
    }
    /// <summary>The pane cuts the history before it sends the message (so the thread never leaves the mailbox), and the API
    /// cuts again for other clients: the bodies of the pane's own test (PushbackModuleTests) give the same new text here.</summary>
    public static TheoryData<string, string> PaneBodies() => new()
    {
        {
            "Hi Alex,\n\nThanks for letting us know. Is there any way you could stay on until March? We would be happy to pay more.\n\nBest,\nJordan\n\n" +
            "On Mon, 30 Nov 2026 at 10:02, Alex Rivera <alex@rivera.example> wrote:\n> Dear Jordan,\n> I am writing to let you know that I will end our work together on 11 December.",
            // The name under the closing is a signature block: this reader also drops it (the pane keeps it; it asks nothing).
            "Hi Alex,\n\nThanks for letting us know. Is there any way you could stay on until March? We would be happy to pay more.\n\nBest,"
        },
        { "Could you stay?\r\n\r\n________________________________\r\nFrom: Alex Rivera\r\nSent: Monday\r\nTo: Jordan\r\n\r\nDear Jordan", "Could you stay?" },
        { "Proč končíte?\n\nDne 30. 11. 2026 v 10:02 Petr Dvořák <petr@dvorak.example>\nnapsal(a):\n> Dobrý den", "Proč končíte?" },
        { "Můžete zůstat?\n\n-----Původní zpráva-----\nOd: Petr", "Můžete zůstat?" },
        { "Thanks.\n--\nJordan Lee\nAcme", "Thanks." },
        { "From now on we pay on time.\nPlease stay.", "From now on we pay on time.\nPlease stay." },
    };

    [Theory]
    [MemberData(nameof(PaneBodies))]
    public void TheNewTextEndsWhereTheQuotedHistoryBegins(string body, string expected) =>
        Assert.Equal(expected, body[..QuotedHistory.NewTextLength(body)].Trim());
}
