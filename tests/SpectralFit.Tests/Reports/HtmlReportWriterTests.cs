using System.Xml.Linq;
using SpectralFit.Plotting;
using SpectralFit.Reports;

namespace SpectralFit.Tests.Reports;

public class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static FitReportData Data()
    {
        double[] mu = [0, 1, 2, 3, 4];
        var profile = ProfilePlot.Build(mu, [0, 0.3, 1.2, 2.7, 4.8], 2.8, "μ [1e-11 μ_B]");
        var signals = RecoilSignalPlot.Build([0.1, 0.2], [new("pp", [10, 5], [20, 8])], "μ = 5e-11 μ_B");
        return new FitReportData(
            "Phase-II magnetic moment <test>",
            "borexino-phase2-mm & friends",
            [
                new ParameterResult("pp", 134.23, 9.81, "cpd/100t"),
                new ParameterResult("kb", 0.0112, double.NaN, "cm/MeV", Fixed: true),
                new ParameterResult("Kr85", double.NaN, double.PositiveInfinity, "cpd/100t"),
            ],
            new FitQuality(1016.2, 858, 16, 0.04),
            [new LimitResult("gallium + systematics", 2.8e-11, "μ_B", "Bayesian, flat prior in μ")],
            [new ConfigurationWeight("conv / HZ", 0.25, 0.31, 2.7e-11), new ConfigurationWeight("synth / LZ", 0.25, 0.19, double.NaN)],
            [ReportFigure.FromFigure(profile, "profile"), ReportFigure.FromFigure(signals, "signals")],
            ["Published: μ_eff < 2.8e-11 μ_B (PRD 96, 091103 (2017))."]);
    }

    [Test]
    public void Write_FitReport_IsSelfContainedWellFormedHtmlWithInlineSvgs()
    {
        string html = HtmlReportWriter.Write(FitReport.Build(Data()));

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("src=").And.Not.Contain("href="));
        var doc = XDocument.Parse(html, LoadOptions.None);
        var svgs = doc.Descendants(Svg + "svg").ToList();
        Assert.That(svgs, Has.Count.EqualTo(2));
        Assert.That(doc.Descendants("figcaption").Select(f => f.Value), Is.EqualTo(new[] { "profile", "signals" }));
        Assert.That(doc.Descendants("h1").Single().Value, Is.EqualTo("Phase-II magnetic moment <test>"));
    }

    [Test]
    public void Write_FitReport_TablesHoldParametersQualityLimitsAndWeights()
    {
        var doc = XDocument.Parse(HtmlReportWriter.Write(FitReport.Build(Data())));
        var cells = doc.Descendants("td").Select(td => td.Value).ToList();

        Assert.That(doc.Descendants("h2").Select(h => h.Value),
            Is.EqualTo(new[] { "Summary", "Fit quality", "Parameters", "Systematics", "Figures" }));
        Assert.That(cells, Does.Contain("134.2 ± 9.8"));
        Assert.That(cells, Does.Contain("0.01120").And.Contain("fixed"));
        Assert.That(cells, Does.Contain("2.8e-11 μ_B"));
        Assert.That(cells, Does.Contain("842"), "degrees of freedom = 858 bins - 16 free parameters");
        Assert.That(cells, Does.Contain("1.21"), "deviance / d.o.f. = 1016.2 / 842");
        Assert.That(cells, Does.Contain("0.310").And.Contain("2.7e-11").And.Contain("—"));
    }

    [Test]
    public void WriteFile_WritesThePage()
    {
        string dir = Directory.CreateTempSubdirectory("spectralfit-html-").FullName;
        try
        {
            string path = Path.Combine(dir, "report.html");
            HtmlReportWriter.WriteFile(path, FitReport.Build(Data()));
            Assert.That(XDocument.Parse(File.ReadAllText(path)).Descendants(Svg + "svg").Count(), Is.EqualTo(2));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void ReportFigure_NotSvg_IsRejected()
    {
        Assert.That(() => new ReportFigure("x", "<html/>"), Throws.ArgumentException.With.Message.Contains("expected an SVG document"));
    }

    [Test]
    public void ReportFigure_XmlDeclaration_IsStrippedForInlining()
    {
        var f = new ReportFigure("x", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.That(f.Svg, Does.StartWith("<svg"));
    }

    [Test]
    public void ReportTable_RowOfWrongWidth_IsRejected()
    {
        Assert.That(() => new ReportTable("t", ["a", "b"], [new[] { "1" }]),
            Throws.ArgumentException.With.Message.Contains("row 0 has 1 cells, expected 2"));
    }
}
