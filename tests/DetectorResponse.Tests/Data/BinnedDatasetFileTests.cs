using DetectorResponse.Data;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Data;

public class BinnedDatasetFileTests
{
    private const string TwoSections =
        "# spectralfit-dataset: 1\n# source: unit test\n# estimator: Nh\n# exposure: 10.5\n# description: first\n" +
        "1 2 3\n2 3 0\n3 5 7.5\n# estimator: NpmtsDt1\n# exposure: 10.5\n0.5 1.5 4\n";

    [Test]
    public void ReadAll_TwoSections_GivesBinsExposureAndMetadata()
    {
        using var tmp = new TempFiles();
        var all = BinnedDatasetFile.ReadAll(tmp.Write("d.dat", TwoSections));
        Assert.That(all.Select(d => d.Estimator), Is.EqualTo(new[] { "Nh", "NpmtsDt1" }));
        Assert.That(all[0].Edges.ToArray(), Is.EqualTo(new[] { 1.0, 2, 3, 5 }));
        Assert.That(all[0].Counts.ToArray(), Is.EqualTo(new[] { 3.0, 0, 7.5 }));
        Assert.That(all[0].Exposure, Is.EqualTo(10.5));
        Assert.That(all[0].Meta("source"), Is.EqualTo("unit test"));
        Assert.That(all[0].Meta("description"), Is.EqualTo("first"));
        Assert.That(all[1].Meta("description"), Is.Null);
        Assert.That(all[1].TotalCounts, Is.EqualTo(4));
    }

    [Test]
    public void Write_ThenRead_RoundTripsExactly()
    {
        using var tmp = new TempFiles();
        var d = new BinnedDataset("Npe", new[] { 0.2 / 3, 0.1, 1 }, [1.0 / 3, 2e-17], 582.33,
            [new("seed", "42")]);
        string path = tmp.PathOf("rt.dat");
        BinnedDatasetFile.Write(path, [d]);
        var back = BinnedDatasetFile.Read(path);
        Assert.That(back.Edges.ToArray(), Is.EqualTo(d.Edges.ToArray()));
        Assert.That(back.Counts.ToArray(), Is.EqualTo(d.Counts.ToArray()));
        Assert.That(back.Exposure, Is.EqualTo(582.33));
        Assert.That(back.Meta("seed"), Is.EqualTo("42"));
        Assert.That(BinnedDatasetFile.Format([back]), Is.EqualTo(File.ReadAllText(path)));
    }

    [Test]
    public void Read_ByEstimatorName_PicksSectionOrNamesWhatExists()
    {
        using var tmp = new TempFiles();
        string path = tmp.Write("d.dat", TwoSections);
        Assert.That(BinnedDatasetFile.Read(path, "npmtsdt1").Counts[0], Is.EqualTo(4));
        var e = Assert.Throws<UserInputException>(() => BinnedDatasetFile.Read(path, "Npe"))!;
        Assert.That(e.Message, Does.Contain("Nh, NpmtsDt1"));
        Assert.Throws<UserInputException>(() => BinnedDatasetFile.Read(path));
    }

    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 -3\n", ":3:", "counts must be >= 0")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 3\n1.5 3 1\n", ":4:", "overlap")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 3\n0 1 1\n", ":4:", "unsorted")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 3\n2.5 3 1\n", ":4:", "gap")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 NaN\n", ":3:", "finite")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2 inf\n", ":3:", "finite")]
    [TestCase("# estimator: Nh\n# exposure: 1\n2 1 3\n", ":3:", "must exceed")]
    [TestCase("# estimator: Nh\n# exposure: 1\n1 2\n", ":3:", "low high counts")]
    [TestCase("# estimator: Nh\n# exposure: x\n", ":2:", "not a finite number")]
    [TestCase("# estimator: Nh\n1 2 3\n", ":1:", "exposure")]
    [TestCase("# estimator: Nh\n# exposure: 0\n1 2 3\n", ":2:", "exposure must be > 0")]
    [TestCase("# estimator: Nh\n# exposure: 1\n", ":1:", "no bins")]
    [TestCase("1 2 3\n", ":1:", "before any")]
    [TestCase("# spectralfit-dataset: 2\n", ":1:", "version")]
    public void ReadAll_BadInput_NamesFileAndLine(string text, string where, string what)
    {
        using var tmp = new TempFiles();
        string path = tmp.Write("bad.dat", text);
        var e = Assert.Throws<UserInputException>(() => BinnedDatasetFile.ReadAll(path))!;
        Assert.That(e.Message, Does.StartWith(path + where));
        Assert.That(e.Message, Does.Contain(what));
    }

    [Test]
    public void ReadAll_EmptyOrMissingFile_IsUserError()
    {
        using var tmp = new TempFiles();
        Assert.That(Assert.Throws<UserInputException>(() => BinnedDatasetFile.ReadAll(tmp.Write("e.dat", "# only a comment\n")))!.Message,
            Does.Contain("empty"));
        Assert.That(Assert.Throws<UserInputException>(() => BinnedDatasetFile.ReadAll(tmp.PathOf("none.dat")))!.Message,
            Does.Contain("not found"));
    }
}
