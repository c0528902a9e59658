using OutlookExit.Core.Composition;

namespace OutlookExit.Tests.Core.Czech;

public class LegalFormsTests
{
    [Theory]
    [InlineData("Northwind Logistics GmbH", "Northwind Logistics")]
    [InlineData("Stavby, s.r.o.", "Stavby")]
    [InlineData("Stavby spol. s r.o.", "Stavby")]
    [InlineData("Pivovar a.s.", "Pivovar")]
    [InlineData("Acme Inc. Ltd", "Acme")]
    [InlineData("Open Sesame", "Open Sesame")]
    [InlineData("Casa Se", "Casa Se")]
    [InlineData("Tak se", "Tak se")]
    [InlineData("Ltd", "Ltd")]
    [InlineData("  Acme  ", "Acme")]
    public void DropsLegalFormsOnlyAtTheEnd(string company, string expected) =>
        Assert.Equal(expected, LegalForms.Strip(company));
}
