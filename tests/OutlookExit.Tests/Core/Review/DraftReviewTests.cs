using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review;

public class DraftReviewTests
{
    private const string WithToken = "You always pay late. token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ";

    [Fact]
    public void TheToneCheckReportsSecretsUnlessTheTextHasPassedTheSecretCheck()
    {
        Assert.Contains(ToneChecker.Check(WithToken, "en"), f => f.Category == "secret");

        var reviewed = ToneChecker.Check(WithToken, "en", "personalNote", findSecrets: false);
        Assert.DoesNotContain(reviewed, f => f.Category == "secret");
        Assert.Contains(reviewed, f => f.Category != "secret");
    }
}
