using SolarFlux.Common;
using SolarFlux.Solar;

namespace SolarFlux.Tests.Solar;

public class NudistrTableErrorTests
{
    private const string Good1 = "0.0005 15.599 2.004  8.0e-08  1.0e-03  1.6e-03  4.1e-04  4.9e-03  1.2e-02  7.8e-03  1.0e-02  1.1e-02";
    private const string Good2 = "0.0010 15.599 2.004  2.0e-07  2.5e-03  3.9e-03  1.0e-03  1.2e-02  3.0e-02  1.9e-02  2.6e-02  2.8e-02";

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("nudistr-test").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(params string[] lines)
    {
        string path = Path.Combine(_dir, "table.dat");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Test]
    public void FromTable_MissingFile_SaysNotFound()
    {
        string path = Path.Combine(_dir, "absent.dat");
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.Contain(path).And.Contain("not found"));
    }

    [Test]
    public void FromTable_WrongColumnCount_NamesFileAndLine()
    {
        string path = Write("# header", Good1, "0.0010 15.599 2.004");
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.StartWith($"{path}:3:").And.Contain("12 columns"));
    }

    [Test]
    public void FromTable_NotANumber_NamesFileLineAndColumn()
    {
        string path = Write(Good1, Good2.Replace("2.004", "x.yz"));
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.StartWith($"{path}:2:").And.Contain("column 3").And.Contain("x.yz"));
    }

    [Test]
    public void FromTable_RadiiNotIncreasing_NamesLine()
    {
        string path = Write(Good2, Good1);
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.StartWith($"{path}:2:").And.Contain("increasing"));
    }

    [Test]
    public void FromTable_NegativeFraction_NamesSpecies()
    {
        string path = Write(Good1, Good2.Replace("3.0e-02", "-3.0e-02"));
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.StartWith($"{path}:2:").And.Contain("B8"));
    }

    [Test]
    public void FromTable_NoData_Throws()
    {
        string path = Write("# only a header");
        var e = Assert.Throws<UserInputException>(() => SolarModel.FromTable(path, SolarModelName.Gs98));
        Assert.That(e!.Message, Does.Contain("at least 2 zones"));
    }

    [Test]
    public void FromTable_TwoGoodLines_GiveNormalizedZones()
    {
        var model = SolarModel.FromTable(Write(Good1, Good2), SolarModelName.Gs98);
        var zones = model.ProductionZones(NeutrinoSpecies.Pp);
        Assert.That(zones, Has.Count.EqualTo(2));
        Assert.That(zones[0].Weight, Is.EqualTo(1.0 / 3.5).Within(1e-12));
        Assert.That(zones[1].ElectronDensity, Is.EqualTo(Math.Pow(10, 2.004)).Within(1e-9));
    }
}
