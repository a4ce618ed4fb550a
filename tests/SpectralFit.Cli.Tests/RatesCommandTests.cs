using System.Text.Json.Nodes;

namespace SpectralFit.Cli.Tests;

public class RatesCommandTests
{
    [Test]
    public void Rates_WritesJsonWithSpeciesAndGallium()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rates-{Guid.NewGuid():N}.json");
        try
        {
            var r = CliHarness.Run("rates", "--ssm", "gs98", "--mixing", "pdg2016", "--json", path);
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
            Assert.That(r.Out, Does.Contain("pp").And.Contain("CNO").And.Contain("71Ga"));
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            var species = json["species"]!.AsObject();
            Assert.That(species.Select(kv => kv.Key),
                Is.EquivalentTo(new[] { "pp", "pep", "hep", "Be7", "B8", "N13", "O15", "F17", "CNO" }));
            // B16-GS98 pp flux (Vinyoles et al. 2017) and Borexino's expected pp rate 131.1 cpd/100t (Nature 562, 505 (2018)).
            Assert.That(species["pp"]!["flux"]!.GetValue<double>(), Is.EqualTo(5.98e10).Within(0.01).Percent);
            Assert.That(species["pp"]!["rate"]!.GetValue<double>(), Is.EqualTo(131.1).Within(2).Percent);
            Assert.That(species["Be7"]!["pee"]!.GetValue<double>(), Is.InRange(0.45, 0.6));
            double cno = species["CNO"]!["rate"]!.GetValue<double>();
            double members = new[] { "N13", "O15", "F17" }.Sum(n => species[n]!["rate"]!.GetValue<double>());
            Assert.That(cno, Is.EqualTo(members).Within(1e-9).Percent);

            var gallium = json["gallium"]!;
            double total = gallium["total"]!.GetValue<double>();
            Assert.That(total, Is.InRange(60.0, 72.0));
            Assert.That(gallium["uncertainty"]!.GetValue<double>(), Is.InRange(1.0, 6.0));
            double sum = gallium["species"]!.AsObject().Sum(kv => kv.Value!.GetValue<double>());
            Assert.That(sum, Is.EqualTo(total).Within(1e-9).Percent);
            Assert.That(gallium["species"]!.AsObject().Count, Is.EqualTo(8));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Rates_LowMetallicity_GivesLessBe7AndCno()
    {
        string hz = Path.Combine(Path.GetTempPath(), $"rates-hz-{Guid.NewGuid():N}.json");
        string lz = Path.Combine(Path.GetTempPath(), $"rates-lz-{Guid.NewGuid():N}.json");
        try
        {
            Assert.That(CliHarness.Run("rates", "--ssm", "gs98", "--json", hz).ExitCode, Is.EqualTo(0));
            Assert.That(CliHarness.Run("rates", "--ssm", "agss09", "--json", lz).ExitCode, Is.EqualTo(0));
            double Rate(string file, string s) => JsonNode.Parse(File.ReadAllText(file))!["species"]![s]!["rate"]!.GetValue<double>();
            Assert.That(Rate(lz, "Be7"), Is.LessThan(Rate(hz, "Be7")));
            Assert.That(Rate(lz, "CNO"), Is.EqualTo(3.52).Within(2).Percent); // Borexino LZ expectation
        }
        finally
        {
            File.Delete(hz);
            File.Delete(lz);
        }
    }

    [Test]
    public void Rates_UnknownMixingPreset_ExitsWithCode2()
    {
        var r = CliHarness.Run("rates", "--mixing", "nosuchfit");
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode));
        Assert.That(r.Err, Does.Contain("nosuchfit"));
        Assert.That(r.Err, Does.Not.Contain("   at "));
    }

    [Test]
    public void Rates_UnknownSolarModel_ExitsWithCode2()
    {
        var r = CliHarness.Run("rates", "--ssm", "gs99");
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode));
        Assert.That(r.Err, Does.Contain("gs99"));
    }

    [Test]
    public void Rates_Help_HasExample()
    {
        var r = CliHarness.Run("rates", "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("Example: spectralfit rates"));
    }
}
