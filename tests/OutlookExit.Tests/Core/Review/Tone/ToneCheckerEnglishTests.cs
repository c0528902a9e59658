using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

public class ToneCheckerEnglishTests
{
    private static IReadOnlyList<Finding> Check(string text) => ToneChecker.Check(text, "en");

    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Excerpt}' @{f.Start}"));

    [Theory]
    // blame
    [InlineData("You failed to pay invoice 12.", "blame", "You failed to pay")]
    [InlineData("you failed to deliver the copy on time", "blame", "you failed to deliver")]
    [InlineData("You ignored my last three emails.", "blame", "You ignored")]
    [InlineData("You refused to sign the change request.", "blame", "You refused to sign")]
    [InlineData("Frankly, you missed every deadline we agreed.", "blame", "you missed")]
    [InlineData("You didn't pay invoice 12.", "blame", "You didn't pay")]
    [InlineData("You did not reply to my questions.", "blame", "You did not reply")]
    [InlineData("You haven't signed the contract yet.", "blame", "You haven't signed")]
    [InlineData("You still haven't paid the deposit.", "blame", "You still haven't paid")]
    [InlineData("Your team never gave clear feedback.", "blame", "Your team never gave")]
    [InlineData("I know you never read my reports.", "blame", "you never read")]
    [InlineData("You were rude to my assistant.", "blame", "You were rude")]
    [InlineData("You're so unreliable.", "blame", "You're so unreliable")]
    [InlineData("You weren't clear about the scope.", "blame", "You weren't clear")]
    [InlineData("You should have told me earlier.", "blame", "You should have told")]
    [InlineData("It's your fault the launch slipped.", "blame", "your fault")]
    [InlineData("That was your mistake, not mine.", "blame", "your mistake")]
    [InlineData("The project failed because of you.", "blame", "because of you")]
    [InlineData("We lost a month due to your delays.", "blame", "due to your delays")]
    [InlineData("You left me no choice.", "blame", "You left me no choice")]
    [InlineData("You let me down.", "blame", "You let me down")]
    [InlineData("You are to blame for the overrun.", "blame", "You are to blame")]
    [InlineData("You ignored my emails", "blame", "You ignored")]
    [InlineData("YOU FAILED TO PAY", "blame", "YOU FAILED TO PAY")]
    [InlineData("You’ve ignored every reminder.", "blame", "You’ve ignored")]
    [InlineData("Your company failed to pay.", "blame", "Your company failed to pay")]
    [InlineData("Your team always missed deadlines.", "blame", "Your team always missed")]
    [InlineData("You never once paid on time.", "blame", "You never once paid")]
    [InlineData("Unfortunately you never replied.", "blame", "you never replied")]
    [InlineData("You haven't been easy to work with.", "blame", "You haven't been easy")]
    [InlineData("You were never available for calls.", "blame", "You were never available")]
    [InlineData("Why didn't you pay invoice 12?", "blame", "Why didn't you pay")]
    [InlineData("You could have asked me.", "blame", "You could have asked")]
    [InlineData("You lied about the budget.", "blame", "You lied")]
    [InlineData("You refuse to pay.", "blame", "You refuse to pay")]
    [InlineData("You forgot to send the logo.", "blame", "You forgot to send")]
    [InlineData("You did not give me the assets I needed.", "blame", "You did not give")]
    [InlineData("You've yet to pay invoice 12.", "blame", "You've yet to pay")]
    // absolute
    [InlineData("You always ask for a discount.", "absolute", "always ask for")]
    [InlineData("You constantly change the brief.", "absolute", "constantly change")]
    [InlineData("You keep changing the scope.", "absolute", "keep changing")]
    [InlineData("Every time you visit, the plan changes.", "absolute", "Every time you visit")]
    [InlineData("You never pay on time.", "absolute", "never pay on")]
    [InlineData("You are always late.", "absolute", "always late")]
    [InlineData("You always want more for less.", "absolute", "always want")]
    [InlineData("You repeatedly postponed the review.", "absolute", "repeatedly postponed")]
    [InlineData("You always paid late.", "absolute", "always paid")]
    [InlineData("You always push back on my estimates.", "absolute", "always push back")]
    [InlineData("You are never satisfied.", "absolute", "never satisfied")]
    [InlineData("Your payments were always late.", "absolute", "always late")]
    [InlineData("You always find a way to complain.", "absolute", "always find")]
    [InlineData("Every time you visit, the scope changes.", "absolute", "Every time you visit")]
    // passive-aggressive
    [InlineData("As per my last email, the files are ready.", "passiveAggressive", "As per my last email")]
    [InlineData("As previously mentioned, the deadline is fixed.", "passiveAggressive", "As previously mentioned")]
    [InlineData("Just a friendly reminder that invoice 12 is open.", "passiveAggressive", "friendly reminder")]
    [InlineData("Not sure if you saw my message.", "passiveAggressive", "Not sure if you saw")]
    [InlineData("As I said before, I am fully booked.", "passiveAggressive", "As I said before")]
    [InlineData("For the third time, please send the logo.", "passiveAggressive", "For the third time")]
    [InlineData("With all due respect, the brief changed.", "passiveAggressive", "With all due respect")]
    [InlineData("I’m sure you’re very busy.", "passiveAggressive", "I’m sure you’re very busy")]
    [InlineData("You might have missed my last message.", "passiveAggressive", "You might have missed")]
    [InlineData("To reiterate, the deadline is fixed.", "passiveAggressive", "To reiterate")]
    // negativity
    [InlineData("The last month was unacceptable.", "negativity", "unacceptable")]
    [InlineData("I am disappointed with how this went.", "negativity", "disappointed")]
    [InlineData("It has been frustrating for both of us.", "negativity", "frustrating")]
    [InlineData("The launch week was a nightmare.", "negativity", "nightmare")]
    [InlineData("Honestly, you are a difficult client.", "negativity", "difficult client")]
    [InlineData("I am fed up with the changes.", "negativity", "fed up")]
    [InlineData("That call was a waste of my time.", "negativity", "waste of my time")]
    // break-up
    [InlineData("I have to break up with you.", "breakup", "break up with")]
    [InlineData("We're breaking up, professionally speaking.", "breakup", "We're breaking up")]
    [InlineData("Consider this a breakup.", "breakup", "a breakup")]
    [InlineData("I'm firing you as a client.", "breakup", "firing you")]
    [InlineData("Sorry to dump you like this.", "breakup", "dump you")]
    [InlineData("It's not you, it's me.", "breakup", "It's not you, it's me")]
    // waffle
    [InlineData("Maybe we could continue next year.", "waffle", "Maybe we could continue")]
    [InlineData("If you want, I could stay until March.", "waffle", "If you want, I could stay")]
    [InlineData("Let me know if I should reconsider.", "waffle", "Let me know if I should reconsider")]
    [InlineData("I might possibly stop in December.", "waffle", "I might possibly")]
    [InlineData("I think I might wrap up our work.", "waffle", "I think I might wrap up")]
    [InlineData("Maybe I should take a break from client work.", "waffle", "Maybe I should")]
    [InlineData("I will probably stop at the end of the month.", "waffle", "I will probably stop")]
    [InlineData("This is not final, of course.", "waffle", "This is not final")]
    [InlineData("I'm open to reconsidering.", "waffle", "I'm open to reconsidering")]
    [InlineData("My last day is 11 December, unless you object.", "waffle", "unless you object")]
    [InlineData("I'm happy to stay on if you'd like.", "waffle", "happy to stay on if you'd like")]
    [InlineData("If you still want me to continue, just say so.", "waffle", "If you still want me to continue")]
    // apology
    [InlineData("I'm so sorry to write this.", "apology", "I'm so sorry")]
    [InlineData("I am really sorry.", "apology", "I am really sorry")]
    [InlineData("It is with a heavy heart that I write.", "apology", "with a heavy heart")]
    [InlineData("I feel terrible about this.", "apology", "I feel terrible")]
    [InlineData("I apologize for the short notice.", "apology", "I apologize")]
    [InlineData("My apologies for the trouble.", "apology", "My apologies")]
    public void FlagsEnglish(string text, string category, string excerpt)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.Category == category && f.Excerpt == excerpt),
            $"Expected {category} '{excerpt}' in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("You failed to pay invoice 12.", "blame.youFailed")]
    [InlineData("You didn't pay invoice 12.", "blame.youDidNot")]
    [InlineData("You were rude to my assistant.", "blame.youAre")]
    [InlineData("You should have told me earlier.", "blame.shouldHave")]
    [InlineData("It's your fault the launch slipped.", "blame.yourFault")]
    [InlineData("The project failed because of you.", "blame.becauseOfYou")]
    [InlineData("You left me no choice.", "blame.youMadeMe")]
    [InlineData("You always ask for a discount.", "absolute.always")]
    [InlineData("You never pay on time.", "absolute.never")]
    [InlineData("You constantly change the brief.", "absolute.constantly")]
    [InlineData("You keep changing the scope.", "absolute.keep")]
    [InlineData("Every time you visit, the plan changes.", "absolute.everyTime")]
    [InlineData("As per my last email, the files are ready.", "passiveAggressive.asPerMyLastEmail")]
    [InlineData("Maybe we could continue next year.", "waffle.reopen")]
    [InlineData("I might possibly stop in December.", "waffle.hedge")]
    [InlineData("I'm so sorry to write this.", "apology.sorry")]
    [InlineData("I have to break up with you.", "breakup.breakUp")]
    [InlineData("The last month was unacceptable.", "negativity.word")]
    public void UsesStableRuleIds(string text, string ruleId)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.RuleId == ruleId), $"Expected {ruleId} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("You failed to pay invoice 12.", "blame", Severity.Error)]
    [InlineData("You always ask for a discount.", "absolute", Severity.Warning)]
    [InlineData("As per my last email, the files are ready.", "passiveAggressive", Severity.Warning)]
    [InlineData("The last month was unacceptable.", "negativity", Severity.Warning)]
    [InlineData("I have to break up with you.", "breakup", Severity.Warning)]
    [InlineData("Maybe we could continue next year.", "waffle", Severity.Error)]
    [InlineData("I might possibly stop in December.", "waffle", Severity.Warning)]
    [InlineData("I'm so sorry to write this.", "apology", Severity.Info)]
    [InlineData("password: hunter2!", "secret", Severity.Error)]
    public void SeverityFollowsTheContentGuide(string text, string category, Severity severity)
    {
        var finding = Assert.Single(Check(text), f => f.Category == category);
        Assert.Equal(severity, finding.Severity);
    }

    /// <summary>A flag never disappears because more text follows it, so praise in a later clause cannot take
    /// back an absolute the clause before it already raised (the warning asks for one specific fact instead).</summary>
    [Theory]
    [InlineData("You always said what you thought, which I valued.", "You always said")]
    [InlineData("Every time you visited, it was a pleasure.", "Every time you visited")]
    public void PraiseInALaterClauseDoesNotTakeBackAnAbsolute(string text, string flaggedClause)
    {
        var absolute = Assert.Single(Check(text), f => f.Category == "absolute");
        Assert.Equal(Severity.Warning, absolute.Severity);
        Assert.InRange(absolute.Start + absolute.Length, 1, flaggedClause.Length);
        // The same finding as for the clause alone: the later clause neither adds nor takes back anything.
        Assert.Contains(Check(flaggedClause), f => f.RuleId == absolute.RuleId && f.Start == absolute.Start && f.Length == absolute.Length);
    }

    [Theory]
    // the product's sample personal notes
    [InlineData("Working on the spring campaign with your team was a highlight of my year.")]
    [InlineData("The new checkout flow you launched is already paying off.")]
    // praise
    [InlineData("You always gave clear feedback.")]
    [InlineData("You always answered quickly.")]
    [InlineData("You always paid on time.")]
    [InlineData("You were always available when I needed a decision.")]
    [InlineData("You're always so helpful.")]
    [InlineData("You always ask great questions.")]
    [InlineData("Your team always gave clear feedback.")]
    [InlineData("You never failed to deliver on your promises.")]
    [InlineData("You never complained about late nights.")]
    [InlineData("You never let me down.")]
    [InlineData("You never hesitated to help.")]
    [InlineData("You never paid late.")]
    [InlineData("You have always been a pleasure to work with.")]
    [InlineData("I appreciate that you always answered quickly.")]
    [InlineData("Thank you for always being so responsive.")]
    [InlineData("Because of you, the launch was a great success.")]
    [InlineData("You were clear and kind throughout.")]
    [InlineData("You always responded within a day.")]
    [InlineData("You always made time for questions.")]
    [InlineData("You always have time for questions.")]
    [InlineData("You have never been late with a payment.")]
    [InlineData("You constantly supported the team.")]
    [InlineData("You keep surprising me with great ideas.")]
    [InlineData("You did a great job.")]
    [InlineData("Your feedback was always clear.")]
    [InlineData("You didn't hesitate to help.")]
    [InlineData("You always pushed for the best result.")]
    [InlineData("You always took my advice seriously.")]
    [InlineData("To be honest, you always paid promptly.")]
    [InlineData("Thank you for always paying promptly.")]
    [InlineData("You're the best client I ever had.")]
    [InlineData("Because of your support, we launched on time.")]
    [InlineData("You are always welcome to contact me.")]
    [InlineData("You will always be welcome here.")]
    [InlineData("You can always reach me by email.")]
    [InlineData("You never need to worry about the files.")]
    [InlineData("You never know what the market will do.")]
    [InlineData("You never stop learning.")]
    [InlineData("I know you always want the best for the team.")]
    [InlineData("You should have received the files yesterday.")]
    [InlineData("You didn't have to do that, thank you.")]
    // first person and other subjects
    [InlineData("I never take on more than I can serve well.")]
    [InlineData("I always enjoyed working with you.")]
    [InlineData("We never missed a launch date together.")]
    [InlineData("I failed to plan for the holidays, and that is on me.")]
    [InlineData("The printer always jams on Mondays.")]
    [InlineData("Our work together never felt like work.")]
    [InlineData("I will always recommend you.")]
    [InlineData("I have never had a client who cared more.")]
    // negated blame and hypotheticals
    [InlineData("It is not your fault.")]
    [InlineData("It's not your fault that the market changed.")]
    [InlineData("None of this is your fault.")]
    [InlineData("This was never your mistake.")]
    [InlineData("If you didn't receive the files, let me know.")]
    [InlineData("If you haven't paid yet, the bank details are below.")]
    [InlineData("You don't have to reply.")]
    [InlineData("You don't need to sign anything.")]
    [InlineData("Did you get the files?")]
    [InlineData("I hope you never have to rebuild it from scratch.")]
    [InlineData("I was never disappointed.")]
    [InlineData("Working with you was never frustrating.")]
    [InlineData("Please make sure you always keep a backup.")]
    // ordinary business text
    [InlineData("I have decided to conclude our work together on 11 December.")]
    [InlineData("Invoice 2026-041 (EUR 1,200.00) is due on 1 December.")]
    [InlineData("Invoice FV-2026-118 is due on 10 December.")]
    [InlineData("I will share the password through a password manager.")]
    [InlineData("Sam Park (sam@parkstudio.example) can take over the web design.")]
    [InlineData("You can reach me at https://rivera.example/contact until the end of the year.")]
    [InlineData("Until then you can use the shared project board.")]
    [InlineData("I will hand over the files, the documentation and the accounts.")]
    [InlineData("Thank you for the trust you placed in me.")]
    [InlineData("I'd be glad to act as a reference.")]
    [InlineData("Let's break up the remaining work into two milestones.")]
    [InlineData("We can fire up the staging server any time.")]
    [InlineData("Sorry for the late reply.")]
    [InlineData("Sorry, I'm fully booked.")]
    [InlineData("Maybe we'll meet at the conference next spring.")]
    [InlineData("Perhaps our paths will cross again.")]
    [InlineData("I will probably be travelling in January, but I can answer quick questions by email.")]
    [InlineData("You didn't just pay on time, you paid early.")]
    [InlineData("You never made me feel rushed.")]
    [InlineData("You never complained, even when the server went down.")]
    [InlineData("You are not responsible for the hosting fees.")]
    [InlineData("You aren't required to attend the handover call.")]
    [InlineData("You won't need to change anything on your side.")]
    [InlineData("You'll never have to chase me for files.")]
    [InlineData("Thanks to you, the launch went smoothly.")]
    [InlineData("I could not have asked for a better first client.")]
    [InlineData("I'm always happy to answer questions.")]
    [InlineData("I never miss a chance to recommend your shop.")]
    [InlineData("You don't owe me anything beyond invoice 2026-041.")]
    [InlineData("Login details are in Bitwarden; password: see the \"Acme\" item.")]
    [InlineData("password: 1Password")]
    [InlineData("Interim tools: Trello, Slack and the shared drive")]
    [InlineData("The breakup of the budget is attached.")]
    [InlineData("I'll be breaking the news to the team.")]
    [InlineData("We need to talk about the handover.")]
    [InlineData("You still owe me for invoice 12.")]
    [InlineData("You changed the brief three times.")]
    [InlineData("The disaster recovery runbook is in the shared drive.")]
    [InlineData("Please run the stress test before the launch.")]
    [InlineData("I'm happy to continue the handover calls until Friday.")]
    [InlineData("I can stay on the project board as a guest if you need me to answer questions.")]
    [InlineData("Please let me know what kind of handover works best for you.")]
    [InlineData("I can stay on until 11 December to finish the handover.")]
    [InlineData("You will receive the final files by 4 December.")]
    [InlineData("You have been a wonderful client.")]
    [InlineData("Thank you, you always made the work easy.")]
    public void LeavesFairTextAlone(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Count == 0, $"Expected no findings in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("You have been generous with your time and your trust.")]
    [InlineData("You gave me room to experiment, and it showed in the results.")]
    [InlineData("You never made me chase a payment.")]
    [InlineData("You always paid within a week.")]
    [InlineData("You always knew what you wanted.")]
    [InlineData("You always answered my questions, even late at night.")]
    [InlineData("You always asked the right questions.")]
    [InlineData("You always pushed me to do my best work.")]
    [InlineData("You always treated my team with respect.")]
    [InlineData("You were always open to new ideas.")]
    [InlineData("You always brought energy to our calls.")]
    [InlineData("You constantly challenged me to improve.")]
    [InlineData("You never hesitated to share credit.")]
    [InlineData("You never lost sight of your customers.")]
    [InlineData("You never missed a review meeting.")]
    [InlineData("You never once complained about my rates.")]
    [InlineData("You kept me in the loop on every decision.")]
    [InlineData("You are one of the kindest people I have worked with.")]
    [InlineData("You will be in good hands with Sam.")]
    [InlineData("You will find the files in the shared folder.")]
    [InlineData("You should receive the final invoice next week.")]
    [InlineData("You can keep using the shared project board until January.")]
    [InlineData("You do not need to do anything else.")]
    [InlineData("You might want to update the DNS records after the handover.")]
    [InlineData("You already have access to the repository.")]
    [InlineData("You own all the design files.")]
    [InlineData("You'll get a short handover document by Friday.")]
    [InlineData("You're welcome to forward this email to your new designer.")]
    [InlineData("Thank you for the many kind words you sent after the launch.")]
    [InlineData("I hope you and the team have a great holiday season.")]
    [InlineData("I'm grateful you gave me the chance.")]
    [InlineData("It was great to see your business grow.")]
    [InlineData("I will always be glad to hear from you.")]
    [InlineData("I learned a lot from you, and I never took it for granted.")]
    [InlineData("You told me early on that quality mattered most, and I never forgot it.")]
    [InlineData("I know you never wanted to rush the launch.")]
    [InlineData("We both know the project changed a lot.")]
    [InlineData("You were right about the pricing page.")]
    [InlineData("You are always one step ahead.")]
    public void LeavesPraiseAndPlainStatementsAboutTheReaderAlone(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Count == 0, $"Expected no findings in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("You always changed your mind at the last minute.")]
    [InlineData("You always wanted more for the same price.")]
    [InlineData("You constantly moved the deadlines.")]
    [InlineData("You never gave me a straight answer.")]
    [InlineData("You never read the documents I sent.")]
    [InlineData("You always paid two months late.")]
    [InlineData("You always ask for changes after sign-off.")]
    [InlineData("You always blame the agency.")]
    [InlineData("You never respected my time.")]
    [InlineData("You keep asking for free work.")]
    [InlineData("You constantly interrupt me in meetings.")]
    [InlineData("You are always late to our calls.")]
    [InlineData("Every time you review a design, you ask for a new direction.")]
    [InlineData("You always question my invoices.")]
    [InlineData("You never approved anything on time.")]
    [InlineData("You always want it yesterday.")]
    [InlineData("You ignored the contract terms.")]
    [InlineData("You missed three payment deadlines.")]
    [InlineData("You never told me about the budget cut.")]
    [InlineData("You didn't even read the proposal.")]
    public void FlagsGeneralisedComplaintsAboutTheReader(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.Category is "absolute" or "blame"), $"Expected blame or absolute in \"{text}\", got {Describe(findings)}");
    }

    [Fact]
    public void ANegatedDutyIsBlameAndTheAbsoluteIsReportedSeparately()
    {
        var findings = Check("You never paid invoice 12.");
        Assert.Contains(findings, f => f.Category == "absolute");
        Assert.Contains(findings, f => f.Category == "blame");
    }

    [Theory]
    [InlineData("You always ask for a discount.", "blame")]
    [InlineData("I never take on more than I can serve well.", "absolute")]
    [InlineData("You always gave clear feedback.", "absolute")]
    [InlineData("It is not your fault.", "blame")]
    public void DoesNotRaise(string text, string category)
    {
        Assert.DoesNotContain(Check(text), f => f.Category == category);
    }

    [Fact]
    public void TheApiExampleFindsThreeCategories()
    {
        var findings = Check("As per my last email, you always ask for a discount. Maybe we could continue if things improve.");
        Assert.Equal(["passiveAggressive", "absolute", "waffle"], findings.Select(f => f.Category));
        Assert.Equal("always ask for", findings[1].Excerpt);
        Assert.Equal("waffle.reopen", findings[2].RuleId);
    }

    [Fact]
    public void NegatedDutyIsBlameAndAbsolute()
    {
        var findings = Check("You never paid invoice 12.");
        Assert.Contains(findings, f => f.RuleId == "blame.youDidNot" && f.Excerpt == "You never paid");
        Assert.Contains(findings, f => f.RuleId == "absolute.never" && f.Excerpt == "never paid");
    }

    [Fact]
    public void FindingsCarryFieldAndLocalisedWording()
    {
        var finding = Assert.Single(ToneChecker.Check("You failed to pay invoice 12.", "en", "personalNote"));
        Assert.Equal("personalNote", finding.Field);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
        Assert.DoesNotContain("blame.", finding.Message);
    }

    [Fact]
    public void UnknownLanguagesUseEnglishRules()
    {
        Assert.Contains(ToneChecker.Check("You failed to pay invoice 12.", "de"), f => f.Category == "blame");
        Assert.Contains(ToneChecker.Check("You failed to pay invoice 12.", ""), f => f.Category == "blame");
    }

    [Fact]
    public void EmptyTextHasNoFindings()
    {
        Assert.Empty(ToneChecker.Check("", "en"));
        Assert.Empty(ToneChecker.Check("   \n\t ", "cs"));
    }
}
