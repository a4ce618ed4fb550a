using SolarFlux.Common;
using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

public class SpectrumTableTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "spectrum-table-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        string path = Path.Combine(_dir, "spectrum.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Load_TriangleWithCommentsAndHeader_NormalizesAndInterpolates()
    {
        string path = Write("# a triangle\n\nE,density,extra\n0, 0, 9\n1, 4, 9\n2, 0, 9\n");
        var s = SpectrumTable.Load(path);
        Assert.Multiple(() =>
        {
            Assert.That(s.ContinuumDensity(1.0), Is.EqualTo(1.0).Within(1e-12));   // area 4 -> peak 1
            Assert.That(s.ContinuumDensity(0.5), Is.EqualTo(0.5).Within(1e-12));
            Assert.That(s.ContinuumDensity(2.5), Is.Zero);
            Assert.That(s.MeanEnergy, Is.EqualTo(1.0).Within(1e-12));
            Assert.That(SpectrumComparison.Integral(s), Is.EqualTo(1.0).Within(1e-6));
        });
    }

    [Test]
    public void Load_WhitespaceSeparated_Works()
    {
        var s = SpectrumTable.Load(Write("1.0\t2.0\n2.0  2.0\n"));
        Assert.That(s.MeanEnergy, Is.EqualTo(1.5).Within(1e-12));
        Assert.That(s.MinEnergy, Is.EqualTo(1.0));
        Assert.That(s.MaxEnergy, Is.EqualTo(2.0));
    }

    [Test]
    public void Load_MissingFile_NamesThePath()
    {
        string path = Path.Combine(_dir, "nope.csv");
        var e = Assert.Throws<UserInputException>(() => SpectrumTable.Load(path));
        Assert.That(e!.Message, Does.Contain(path).And.Contain("not found"));
    }

    [TestCase("0, 1\n1, abc\n", 2, "two numbers")]
    [TestCase("0, 1\n1\n", 2, "energy, density")]
    [TestCase("0, 1\n1, -2\n", 2, ">= 0")]
    [TestCase("0, 1\n1, NaN\n", 2, "finite")]
    [TestCase("0, 1\nInfinity, 1\n", 2, "finite")]
    [TestCase("0, 1\n2, 1\n1, 1\n", 3, "increase")]
    [TestCase("0, 1\n0, 1\n", 2, "increase")]
    [TestCase("E, f\n0, 1\nx, y\n", 3, "two numbers")]
    public void Load_MalformedLine_ReportsPathAndLine(string text, int line, string expected)
    {
        string path = Write(text);
        var e = Assert.Throws<UserInputException>(() => SpectrumTable.Load(path));
        Assert.That(e!.Message, Does.StartWith($"{path}:{line}:").And.Contain(expected));
    }

    [TestCase("# nothing\n")]
    [TestCase("0, 1\n")]
    [TestCase("0, 0\n1, 0\n2, 0\n")]
    public void Load_EmptySpectrum_Throws(string text)
    {
        string path = Write(text);
        var e = Assert.Throws<UserInputException>(() => SpectrumTable.Load(path));
        Assert.That(e!.Message, Does.StartWith(path));
    }

    [Test]
    public void TabulatedSpectrum_UnsortedArrays_Throws()
    {
        Assert.Throws<UserInputException>(() => new TabulatedSpectrum([0.0, 2.0, 1.0], [1.0, 1.0, 1.0]));
        Assert.Throws<UserInputException>(() => new TabulatedSpectrum([0.0, 1.0], [1.0]));
    }
}
