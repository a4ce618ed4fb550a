using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class BoundComparisonTests
{
    [Test]
    public void Build_PlacesThisWorkAmongTheSolarBoundsWithRatios()
    {
        var rows = BoundComparison.Build(3.0e-11, "test fit");
        Assert.That(rows, Has.Count.EqualTo(PublishedBounds.All.Count + 1));
        int own = rows.ToList().FindIndex(r => r.IsThisWork);
        Assert.That(rows[own].Bound.Category, Is.EqualTo(BoundCategory.Solar));
        Assert.That(rows[own + 1].Bound.Category, Is.EqualTo(BoundCategory.Astrophysics));
        var phase2 = rows.Single(r => r.Bound.Experiment == "Borexino Phase-II");
        Assert.That(phase2.RatioToThisWork, Is.EqualTo(2.8 / 3.0).Within(1e-12));
    }

    [Test]
    public void All_EveryBoundHasASourceAndAPositiveLimit()
    {
        Assert.That(PublishedBounds.All, Has.All.Matches<PublishedBound>(b => b.Limit > 0 && b.Source.Contains('(') && b.Source.Length > 10));
    }
}
