using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>Table tests: one English client reply a row, with the exact set of asks it must give.</summary>
public class ClientAsksEnglishTests
{
    [Theory]
    // stay
    [InlineData("Is there anything we can do to change your mind?", "stay")]
    [InlineData("We'd love for you to stay on with us next year.", "stay")]
    [InlineData("Please reconsider, Sam. The team relies on you.", "stay")]
    [InlineData("Don't leave us! Who else understands our database?", "stay")]
    [InlineData("Could you think it over during the holidays and let me know in January?", "stay")]
    [InlineData("I really hope this isn't final.", "stay")]
    [InlineData("Is there any chance you would stay with us after all?", "stay")]
    [InlineData("We're not ready to let you go.", "stay")]
    // stay: negated or declined
    [InlineData("We won't ask you to stay, that wouldn't be fair. Thanks for everything.", "acceptance")]
    [InlineData("I'm not going to try to change your mind. All the best!", "acceptance")]
    // moreMoney
    [InlineData("What if we raised your hourly rate to €95?", "moreMoney")]
    [InlineData("We could offer a monthly retainer of £3,500 instead of hourly billing.", "moreMoney")]
    [InlineData("Name your price and I'll see what I can do.", "moreMoney")]
    [InlineData("How about a 15% raise from January?", "moreMoney")]
    [InlineData("I'll happily pay you more if that helps.", "moreMoney")]
    // moreMoney: counterfactual or declined
    [InlineData("I thought about offering you a higher rate, but I don't think it's about money. Good luck!", "acceptance")]
    // why
    [InlineData("Can I ask why?", "why")]
    [InlineData("What made you decide this?", "why")]
    [InlineData("Was it something we did?", "why")]
    [InlineData("I'd appreciate some honest feedback on what we could improve.", "why")]
    [InlineData("Is it because of the late payments last spring?", "why")]
    // why: declined
    [InlineData("You don't need to tell me why. Noted, and thank you.", "acceptance")]
    // moreTime
    [InlineData("Could you stay until the end of March?", "moreTime")]
    [InlineData("Would you be willing to extend the notice period by a month?", "moreTime")]
    [InlineData("Could we push the end date back to 15 January?", "moreTime")]
    [InlineData("Can you keep working two days a week through February?", "moreTime")]
    [InlineData("Is there any flexibility on the 18 December date?", "moreTime")]
    // moreTime: declined
    [InlineData("We don't need more time, the 18th is fine. Thanks for all your work.", "acceptance")]
    // extraWork
    [InlineData("Before you wrap up, could you finish the onboarding emails?", "extraWork")]
    [InlineData("Would you have time to redesign the pricing page before you leave?", "extraWork")]
    [InlineData("Can you still complete the Q1 report?", "extraWork")]
    // invoice
    [InlineData("The last invoice charges 12 hours for October, but we agreed on 8. Could you check?", "invoice")]
    [InlineData("Please issue a credit note for the cancelled workshop.", "invoice")]
    [InlineData("Can you add our purchase order number to the final invoice?", "invoice")]
    [InlineData("We'd like a 10% discount on the final invoice.", "invoice")]
    [InlineData("The final bill looks too high to me. Can you walk me through it?", "invoice")]
    // invoice: a statement, not an ask
    [InlineData("I'll approve your last invoice on Friday. Thanks for the heads-up and good luck.", "acceptance")]
    // replacement
    [InlineData("Could you recommend a good illustrator to take over?", "replacement")]
    [InlineData("Do you know anyone who could take this on?", "replacement")]
    [InlineData("Would you help us interview a few candidates in January?", "replacement")]
    [InlineData("Could you train our new junior designer before you go?", "replacement")]
    [InlineData("Please write a handover brief for the next agency.", "replacement")]
    // replacement: declined
    [InlineData("We've already found someone, so no need to recommend anyone. Thank you!", "other")]
    // acceptance
    [InlineData("Understood. Thank you for all the good work over the years.", "acceptance")]
    [InlineData("We accept your notice and confirm 18 December as your last day.", "acceptance")]
    [InlineData("Sad to see you go, but we completely understand. Best of luck!", "acceptance")]
    // other
    [InlineData("Could you send over the original design files?", "other")]
    [InlineData("Please transfer the domain to our company account.", "other")]
    [InlineData("Can we have a quick call on Tuesday to talk about the handover?", "other")]
    [InlineData("Where can we find the brand assets?", "other")]
    [InlineData("I've passed this on to my manager.", "other")]
    [InlineData("Hi, ok.", "other")]
    // several at once
    [InlineData("Is it the rate? We could go to €90 an hour. Please stay.", "stay,moreMoney,why")]
    [InlineData("Understood, thanks. Could you stay until the new developer starts and show her the codebase?", "moreTime,replacement,acceptance")]
    [InlineData("Before you go, please finish the app release and send us the signing keys.", "extraWork,other")]
    [InlineData("Would a 20% premium persuade you to stay until April?", "moreMoney,moreTime")]
    public void DetectsTheAsks(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));
}
