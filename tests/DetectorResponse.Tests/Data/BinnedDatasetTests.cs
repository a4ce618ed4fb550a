using DetectorResponse.Data;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Data;

public class BinnedDatasetTests
{
    [Test]
    public void Constructor_InvalidContent_Throws()
    {
        Assert.Throws<UserInputException>(() => new BinnedDataset("Nh", [0, 1], [-1], 1));
        Assert.Throws<UserInputException>(() => new BinnedDataset("Nh", [0, 1], [double.PositiveInfinity], 1));
        Assert.Throws<UserInputException>(() => new BinnedDataset("Nh", [1, 0], [1], 1));
        Assert.Throws<UserInputException>(() => new BinnedDataset("Nh", [0, 1], [1], 0));
        Assert.Throws<UserInputException>(() => new BinnedDataset("N h", [0, 1], [1], 1));
        Assert.Throws<UserInputException>(() => new BinnedDataset("Nh", [0, 1], [1], 1, [new("exposure", "2")]));
    }

    [Test]
    public void Constructor_CopiesInput_SoLaterChangesDoNotLeakIn()
    {
        double[] counts = [1, 2];
        var d = new BinnedDataset("Nh", [0, 1, 2], counts, 3);
        counts[0] = 100;
        Assert.That(d.Counts[0], Is.EqualTo(1));
    }

    [Test]
    public void Window_KeepsBinsInside()
    {
        var d = new BinnedDataset("Nh", [0, 1, 2, 3, 4], [1, 2, 3, 4], 3);
        var w = d.Window(1, 3);
        Assert.That(w.Edges.ToArray(), Is.EqualTo(new[] { 1.0, 2, 3 }));
        Assert.That(w.Counts.ToArray(), Is.EqualTo(new[] { 2.0, 3 }));
        Assert.That(w.Exposure, Is.EqualTo(3));
        Assert.Throws<UserInputException>(() => d.Window(1.2, 1.8));
    }
}
