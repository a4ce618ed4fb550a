using SpectralFit.Plotting;
using static SpectralFit.Tests.Plotting.SvgAssert;

namespace SpectralFit.Tests.Plotting;

public class AnalysisPlotsTests
{
    private static SpectrumPlotData Spectrum()
    {
        double[] edges = [100, 200, 300, 400, 500];
        double[] c14 = [1e5, 1e3, 10, 0];
        double[] be7 = [300, 300, 200, 5];
        double[] total = [.. c14.Zip(be7, (a, b) => a + b)];
        return new SpectrumPlotData("fit", "N_h", edges, [100_250, 1_280, 215, 0], total, [new("14C", c14), new("7Be", be7)]);
    }

    [Test]
    public void SpectrumPlot_HasDataTotalEachComponentAndResiduals()
    {
        var figure = SpectrumPlot.Build(Spectrum());
        Assert.That(figure.Panels, Has.Count.EqualTo(2));
        Assert.That(figure.Panels[0].YAxis.Scale, Is.EqualTo(AxisScale.Log));
        Assert.That(figure.Panels[0].Series.Select(s => s.Label), Is.EqualTo(new[] { "14C", "7Be", "total fit", "data" }));

        var residuals = (PointSeries)figure.Panels[1].Series[1];
        // (n - m)/sqrt(m) for bin 1: (1280 - 1300)/sqrt(1300)
        Assert.That(residuals.Y[1], Is.EqualTo(-20 / Math.Sqrt(1300)).Within(1e-12));
        var data = (PointSeries)figure.Panels[0].Series[3];
        Assert.That(data.ErrorLow![0], Is.EqualTo(Math.Sqrt(100_250)).Within(1e-9));

        var doc = Parse(SvgPlotWriter.Write(figure));
        Assert.That(SeriesGroups(doc), Has.Count.EqualTo(6));
        Assert.That(DecadeExponents(doc), Does.Contain("3").And.Contain("5"));
    }

    [Test]
    public void SpectrumPlot_GivenDataErrors_AreDrawnAndUsedForResiduals()
    {
        var figure = SpectrumPlot.Build(Spectrum() with { ObservedErrors = [10, 4, 2, 1] });
        var data = (PointSeries)figure.Panels[0].Series[3];
        var residuals = (PointSeries)figure.Panels[1].Series[1];
        Assert.That(data.ErrorLow, Is.EqualTo(new[] { 10.0, 4, 2, 1 }));
        // (n - m)/sigma_n for bin 1: (1280 - 1300)/4
        Assert.That(residuals.Y[1], Is.EqualTo(-5.0).Within(1e-12));
        Assert.That(figure.Panels[1].YAxis.Label, Is.EqualTo("(data − fit)/σ"));
    }

    [Test]
    public void SpectrumPlot_ComponentOfWrongLength_IsRejected()
    {
        var bad = Spectrum() with { Components = [new NamedCurve("short", [1, 2])] };
        Assert.That(() => SpectrumPlot.Build(bad), Throws.ArgumentException.With.Message.Contains("component 'short' needs 4 values, has 2"));
    }

    [Test]
    public void ProfilePlot_MarksTheNinetyPercentLineAndTheLimit()
    {
        double[] mu = [0, 1, 2, 3, 4];
        var figure = ProfilePlot.Build(mu, [0, 0.3, 1.2, 2.7, 4.8], 2.8, "μ [1e-11 μ_B]");
        var lines = figure.Panels[0].Series.OfType<ReferenceLine>().ToList();
        // chi^2 (1 dof) 90% quantile 2.7055 (PDG statistics review)
        Assert.That(lines.Single(l => l.Horizontal).Value, Is.EqualTo(2.7055).Within(1e-4));
        Assert.That(lines.Single(l => !l.Horizontal).Value, Is.EqualTo(2.8));
        Assert.That(SeriesGroups(Parse(SvgPlotWriter.Write(figure))), Has.Count.EqualTo(3));
    }

    [Test]
    public void SystematicsPlot_DrawsEveryConfigurationAndTheWeightedSum()
    {
        double[] mu = [0, 1, 2, 3];
        var configs = new[]
        {
            new WeightedProfile("dt1 / conv / HZ", 0.6, [1, 0.7, 0.3, 0.1]),
            new WeightedProfile("dt2 / conv / HZ", 0.4, [1, 0.5, 0.2, 0.05]),
        };
        double[] sum = [.. Enumerable.Range(0, 4).Select(i => configs.Sum(c => c.Weight * c.Likelihood[i]))];
        var figure = SystematicsPlot.Build(mu, configs, sum, 2.1, "μ");
        Assert.That(figure.Panels[0].Series.Select(s => s.Label),
            Is.EqualTo(new[] { "dt1 / conv / HZ (w = 0.6)", "dt2 / conv / HZ (w = 0.4)", "weighted sum", "90% limit 2.1" }));
        Assert.That(SeriesGroups(Parse(SvgPlotWriter.Write(figure))), Has.Count.EqualTo(4));
    }

    [Test]
    public void RecoilSignalPlot_ShowsEachSpeciesWithAndWithoutTheMoment()
    {
        double[] t = [0.05, 0.1, 0.2, 0.3];
        var figure = RecoilSignalPlot.Build(t,
            [new("pp", [100, 80, 20, 0], [300, 180, 70, 0]), new("7Be", [50, 50, 50, 50], [90, 70, 60, 57])],
            "μ = 5e-11 μ_B");
        var lines = figure.Panels[0].Series.Cast<LineSeries>().ToList();
        Assert.That(lines, Has.Count.EqualTo(4));
        Assert.That(lines.Select(l => l.Style), Is.EqualTo(new[] { LineStyle.Solid, LineStyle.Dashed, LineStyle.Solid, LineStyle.Dashed }));
        Assert.That(lines[0].Color, Is.EqualTo(lines[1].Color));
        Assert.That(figure.Panels[0].YAxis.Scale, Is.EqualTo(AxisScale.Log));
        Assert.That(SeriesGroups(Parse(SvgPlotWriter.Write(figure))), Has.Count.EqualTo(4));
    }
}
