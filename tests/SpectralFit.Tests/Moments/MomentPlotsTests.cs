using SolarFlux.Oscillations;
using SpectralFit.Moments;
using SpectralFit.Plotting;

namespace SpectralFit.Tests.Moments;

public class MomentPlotsTests
{
    [Test]
    public void Regions_MassAndFlavourPlanes_GiveTwoPanelsWithBoundariesIn1e11MuB()
    {
        var p = new MassStateProbabilities(0.6, 0.378, 0.022);
        var pmns = PmnsMatrix.Standard(0.304, 0.0219, 0.51);
        var regions = new[] { (0, 1), (0, 2), (1, 2) }
            .SelectMany(ab => new[] { MomentBasis.Mass, MomentBasis.Flavour }
                .Select(b => TransitionMomentRegion.Create(b, ab.Item1, ab.Item2, 2.8e-11, p, pmns)))
            .ToList();
        var figure = MomentPlots.Regions(regions, "test");
        Assert.That(figure.Panels, Has.Count.EqualTo(2));
        var first = (LineSeries)figure.Panels[0].Series[0];
        Assert.That(first.X[0], Is.EqualTo(regions[0].Boundary()[0].X / 1e-11).Within(1e-12));
        Assert.That(SvgPlotWriter.Write(figure), Does.Contain("flavour basis"));
    }

    [Test]
    public void Bounds_OneSeriesPerCategoryAndThisWorkAsReferenceLine()
    {
        var figure = MomentPlots.Bounds(BoundComparison.Build(2.8e-11, "test"), "test");
        var series = figure.Panels[0].Series;
        Assert.That(series.OfType<PointSeries>().Count(), Is.EqualTo(4));
        Assert.That(series.OfType<ReferenceLine>().Single().Value, Is.EqualTo(2.8e-11));
        Assert.That(series.OfType<PointSeries>().Sum(s => s.X.Count), Is.EqualTo(PublishedBounds.All.Count));
    }
}
