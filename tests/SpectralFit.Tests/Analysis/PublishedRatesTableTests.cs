using SpectralFit.Analysis;

namespace SpectralFit.Tests.Analysis;

/// <summary>The rate table of `reproduce` (AnalysisReport.PublishedRatesTable): columns and number formats.</summary>
public class PublishedRatesTableTests
{
    private static PublishedRateComparison Fitted(string name, double value, double error, double published, double publishedError, double? systematic)
    {
        double pull = (value - published) / Math.Sqrt(error * error + publishedError * publishedError);
        double? withSystematic = systematic is double s ? (value - published) / Math.Sqrt(error * error + s * s + publishedError * publishedError) : null;
        return new PublishedRateComparison(name, value, error, "fitted", published, publishedError, "cpd/100t", pull, "")
            { Systematic = systematic, PullWithSystematic = withSystematic };
    }

    [Test]
    public void PublishedRatesTable_WithSystematics_ShowsValueStatSystAndBothPulls()
    {
        var table = AnalysisReport.PublishedRatesTable(
        [
            Fitted("Be7", 54.3, 2.0, 48.3, 1.1, 0.049),
            Fitted("pileup", 137.4, 2.8, 137.5, 2.8, 0.3),
            new PublishedRateComparison("pep", 2.76, null, "SSM (fixed)", 2.43, 0.36, "cpd/100t", null, "SSM (B16-GS98)"),
        ]);
        Assert.That(table.Headers, Has.Count.EqualTo(7));
        Assert.That(table.Rows[0], Is.EqualTo(new[] { "Be7", "54.3 ± 2.0 ± <0.1", "48.3 ± 1.1", "cpd/100t", "+2.6", "+2.6", "" }));
        // A pull that rounds to zero is "0.0", not "-+0.0"; the systematic takes the value's decimals.
        Assert.That(table.Rows[1][1], Is.EqualTo("137.4 ± 2.8 ± 0.3"));
        Assert.That(table.Rows[1][4], Is.EqualTo("0.0"));
        Assert.That(table.Rows[2][1], Is.EqualTo("2.76 (SSM)"));
        Assert.That(table.Rows[2][4], Is.EqualTo("—"));
    }

    [Test]
    public void PublishedRatesTable_WithoutSystematics_HasNoSystColumns()
    {
        var table = AnalysisReport.PublishedRatesTable([Fitted("Kr85", 0.9, 1.8, 6.8, 1.8, null)]);
        Assert.That(table.Headers, Is.EqualTo(new[] { "component", "this fit", "published", "unit", "pull (σ)", "note" }));
        Assert.That(table.Rows[0][4], Is.EqualTo("-2.3"));
    }
}
