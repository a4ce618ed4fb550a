using DetectorResponse.Folding;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Folding;

public class ObservableBinningTests
{
    [Test]
    public void Integers_Phase2Window_Has858UnitBinsCentredOnIntegers()
    {
        // physics.md §7 / PROVENANCE.md: N_h 93-950 is 858 bins.
        var b = ObservableBinning.Integers(93, 950);
        Assert.That(b.Count, Is.EqualTo(858));
        Assert.That(b.Lower, Is.EqualTo(92.5));
        Assert.That(b.Upper, Is.EqualTo(950.5));
    }

    [Test]
    public void Constructor_NonIncreasingEdges_ThrowsNamingTheSource()
    {
        var ex = Assert.Throws<UserInputException>(() => new ObservableBinning([1.0, 2.0, 2.0], "my-bins"));
        Assert.That(ex!.Message, Does.StartWith("my-bins").And.Contain("edge 1"));
    }

    [Test]
    public void Integers_ReversedRange_Throws()
    {
        Assert.Throws<UserInputException>(() => ObservableBinning.Integers(950, 93));
    }
}
