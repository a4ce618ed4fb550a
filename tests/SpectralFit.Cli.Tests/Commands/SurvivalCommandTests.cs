using System.Text.Json;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using TestSupport;

namespace SpectralFit.Cli.Tests.Commands;

public class SurvivalCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("survival-cli").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static void AssertUserError(CliHarness.Result r, string expected)
    {
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode), r.Err);
        Assert.That(r.Err, Does.Contain(expected));
        Assert.That(r.Err.Trim().Split('\n')[0], Does.StartWith("spectralfit: error:"));
        Assert.That(r.Err, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Survival_Be7_PrintsTableWithLibraryValue()
    {
        var r = CliHarness.Run("survival", "--species", "Be7", "--energy", "0.8613");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        double expected = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Gs98), MixingPresets.Pdg2016)
            .Pee(NeutrinoSpecies.Be7, 0.8613);
        Assert.That(r.Out, Does.Contain($"P_ee        {expected:F6}"));
        Assert.That(r.Out, Does.Contain("P_e1").And.Contain("P_e2").And.Contain("P_e3").And.Contain("pdg2016"));
    }

    [Test]
    public void Survival_Json_HasExactlyTheDocumentedKeysAndConsistentValues()
    {
        string path = Path.Combine(_dir, "out.json");
        var r = CliHarness.Run("survival", "--species", "8B", "--energy", "10", "--ssm", "lz", "--mixing", "nufit52", "--json", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "species", "energy", "ssm", "mixing", "pee", "pee2nu", "pe1", "pe2", "pe3" }));
        double pe1 = root.GetProperty("pe1").GetDouble(), pe2 = root.GetProperty("pe2").GetDouble(), pe3 = root.GetProperty("pe3").GetDouble();
        Assert.That(pe1 + pe2 + pe3, Is.EqualTo(1.0).Within(1e-12));
        double expected = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Agss09), MixingPresets.NuFit52)
            .Pee(NeutrinoSpecies.B8, 10.0);
        Assert.That(root.GetProperty("pee").GetDouble(), Is.EqualTo(expected).Within(1e-15));
        Assert.That(root.GetProperty("ssm").GetString(), Is.EqualTo("agss09"));
        Assert.That(root.GetProperty("species").GetString(), Is.EqualTo("B8"));
    }

    [Test]
    public void Survival_MixingOverride_ChangesResultAndLabel()
    {
        string path = Path.Combine(_dir, "o.json");
        var r = CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--sin2-theta12", "0.31", "--json", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        double expected = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Gs98), MixingPresets.Pdg2016.With("sin2_theta12", 0.31))
            .Pee(NeutrinoSpecies.Pp, 0.3);
        Assert.That(doc.RootElement.GetProperty("pee").GetDouble(), Is.EqualTo(expected).Within(1e-15));
        Assert.That(doc.RootElement.GetProperty("mixing").GetString(), Is.EqualTo("pdg2016, sin2_theta12=0.31"));
    }

    [Test]
    public void Survival_SolarTable_UsesTheTable()
    {
        string table = SharedData.Path("solar/nudistr_b16_gs98.dat");
        var r = CliHarness.Run("survival", "--species", "pep", "--energy", "1.442", "--solar-table", table);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Contain(table));
        double expected = new MswSurvivalProbability(SolarModel.FromTable(table, SolarModelName.Gs98), MixingPresets.Pdg2016)
            .Pee(NeutrinoSpecies.Pep, 1.442);
        Assert.That(r.Out, Does.Contain($"P_ee        {expected:F6}"));
    }

    [Test]
    public void Survival_UnknownSpecies_ExitsWith2() =>
        AssertUserError(CliHarness.Run("survival", "--species", "7Li", "--energy", "1"), "--species: unknown species '7Li'");

    [Test]
    public void Survival_UnknownPreset_ExitsWith2() =>
        AssertUserError(CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--mixing", "nufit99"), "--mixing: unknown preset 'nufit99'");

    [Test]
    public void Survival_UnknownSolarModel_ExitsWith2() =>
        AssertUserError(CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--ssm", "bs05"), "--ssm: unknown solar model 'bs05'");

    [TestCase("-1", "expected a value >= 0")]
    [TestCase("NaN", "expected a finite number")]
    [TestCase("Infinity", "expected a finite number")]
    public void Survival_BadEnergy_ExitsWith2(string energy, string expected) =>
        AssertUserError(CliHarness.Run("survival", "--species", "pp", $"--energy={energy}"), $"--energy: {expected}");

    [Test]
    public void Survival_MissingTable_ExitsWith2()
    {
        string path = Path.Combine(_dir, "absent.dat");
        AssertUserError(CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--solar-table", path), "not found");
    }

    [Test]
    public void Survival_MalformedTable_ExitsWith2NamingFileAndLine()
    {
        string path = Path.Combine(_dir, "bad.dat");
        File.WriteAllLines(path, ["# header", "0.0005 15.599 2.004 1 2 3"]);
        AssertUserError(CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--solar-table", path), $"{path}:2:");
    }

    [Test]
    public void Survival_InvalidOverride_ExitsWith2NamingTheOption() =>
        AssertUserError(CliHarness.Run("survival", "--species", "pp", "--energy", "0.3", "--dm21sq", "-1e-5"), "--dm21sq:");

    [Test]
    public void Survival_Help_HasExample()
    {
        var r = CliHarness.Run("survival", "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("Example: spectralfit survival"));
    }

    [Test]
    public void Survival_FailedRun_WritesNoJson()
    {
        string path = Path.Combine(_dir, "none.json");
        CliHarness.Run("survival", "--species", "pp", "--energy", "-2", "--json", path);
        Assert.That(File.Exists(path), Is.False);
    }
}
