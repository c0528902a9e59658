using OutlookExit.Features.ReplyDrafts;

namespace OutlookExit.Tests.Features.ReplyDrafts;

public sealed class ReplyBodyTests
{
    private const string Letter = "<p>Dear Jordan,</p>";
    private const string Inserted = ReplyBody.ContainerStart + Letter + "</div>";

    [Theory]
    [InlineData("<html><head></head><body><hr><div>quoted</div></body></html>", "<html><head></head><body>" + Inserted + "<hr><div>quoted</div></body></html>")]
    [InlineData("<html><body dir=\"ltr\" class=\"x\"><div>quoted</div></body></html>", "<html><body dir=\"ltr\" class=\"x\">" + Inserted + "<div>quoted</div></body></html>")]
    [InlineData("<HTML><BODY LANG=EN-GB>\r\n<div>quoted</div></BODY></HTML>", "<HTML><BODY LANG=EN-GB>" + Inserted + "\r\n<div>quoted</div></BODY></HTML>")]
    [InlineData("<html><head><title>bodyguard</title></head><body><p>q</p></body></html>", "<html><head><title>bodyguard</title></head><body>" + Inserted + "<p>q</p></body></html>")]
    [InlineData("<div>quoted without a body tag</div>", Inserted + "<div>quoted without a body tag</div>")]
    [InlineData("<bodyguard>not a body</bodyguard>", Inserted + "<bodyguard>not a body</bodyguard>")]
    [InlineData("", Inserted)]
    [InlineData(null, Inserted)]
    [InlineData("<html><head><!-- <body class=\"fake\"> --></head><body><p>q</p></body></html>", "<html><head><!-- <body class=\"fake\"> --></head><body>" + Inserted + "<p>q</p></body></html>")]
    [InlineData("<html><head><title>&lt;body&gt; <body></title><script>var s = '<body>';</script></head><body lang=\"en\"><p>q</p></body></html>", "<html><head><title>&lt;body&gt; <body></title><script>var s = '<body>';</script></head><body lang=\"en\">" + Inserted + "<p>q</p></body></html>")]
    [InlineData("<html><body data-x=\"a>b\" class='c>d'><p>q</p></body></html>", "<html><body data-x=\"a>b\" class='c>d'>" + Inserted + "<p>q</p></body></html>")]
    [InlineData("<html><head></head><BODY\n  dir=ltr><p>q</p></BODY></html>", "<html><head></head><BODY\n  dir=ltr>" + Inserted + "<p>q</p></BODY></html>")]
    public void TheLetterGoesRightAfterTheOpeningBodyTagOrAtTheStart(string? reply, string expected) =>
        Assert.Equal(expected, ReplyBody.InsertAboveQuote(reply, Letter));

    [Fact]
    public void EverythingGraphGeneratedIsKeptInOrder()
    {
        const string reply = "<html><body><div id=\"Signature\">A</div><hr><div id=\"divRplyFwdMsg\">From: J</div><div>thread</div></body></html>";
        var result = ReplyBody.InsertAboveQuote(reply, Letter);
        Assert.Equal(reply, result.Replace(Inserted, "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hi <Alex> & co\nsecond line", "<div>Hi &lt;Alex&gt; &amp; co<br>second line</div>")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void APlainTextThreadIsEncodedAsHtml(string? text, string expected) =>
        Assert.Equal(expected, ReplyBody.TextAsHtml(text));

    [Theory]
    [InlineData("<html><body>" + Inserted + "<p>q</p></body></html>", true)]
    [InlineData("<html><body><p>q</p><!-- <div id=\"outlookexit-letter\"> --></body></html>", false)]
    [InlineData("<html><body><p>q</p></body></html>", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ADraftThatHoldsTheLetterIsRecognised(string? body, bool expected) =>
        Assert.Equal(expected, ReplyBody.HasLetter(body));
}
