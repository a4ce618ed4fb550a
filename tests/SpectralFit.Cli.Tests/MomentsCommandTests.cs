using System.Text.Json.Nodes;

namespace SpectralFit.Cli.Tests;

public class MomentsCommandTests
{
    private static string TempFile(string name) => Path.Combine(Path.GetTempPath(), $"sf-moments-{Environment.ProcessId}-{name}");

    [Test]
    public void Moments_BorexinoLimit_WritesTheSpecifiedJsonWithMassBasisLimits()
    {
        string path = TempFile("limits.json");
        var r = CliHarness.Run("moments", "--mu-eff", "2.8e-11", "--mixing", "pdg2016", "--json", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        File.Delete(path);
        // MSW: P_e3 = s13^2 at every energy (physics.md §3); pdg2016 and pdg2016-io share sin^2 theta13 = 0.0219.
        Assert.That((double)json["dirac"]!["33"]!, Is.EqualTo(2.8e-11 / Math.Sqrt(0.0219)).Within(1e-15));
        Assert.That((double)json["majorana"]!["12"]!, Is.EqualTo(2.8e-11 / Math.Sqrt(1 - 0.0219)).Within(1e-15));
        double e = (double)json["flavor"]!["e"]!, mu = (double)json["flavor"]!["mu"]!, tau = (double)json["flavor"]!["tau"]!;
        // P_ee of the pp/7Be magnetic-moment signal lies between 0.5 and 0.6: mu_e = mu_eff / sqrt(P_ee).
        Assert.That(e, Is.InRange(2.8e-11 / Math.Sqrt(0.6), 2.8e-11 / Math.Sqrt(0.5)));
        // Conservative over octant and delta_CP: mu-tau exchange symmetry makes the mu_mu and mu_tau limits equal.
        Assert.That(mu, Is.EqualTo(tau).Within(1e-3 * tau));
        Assert.That((double)json["dirac"]!["11"]!, Is.LessThan((double)json["dirac"]!["22"]!));
        Assert.That(r.Out, Does.Contain("Borexino Phase-II").And.Contain("SpectralFit (this work)"));
    }

    [Test]
    public void Moments_Regions_WritesSixPlanesWithBoundaries()
    {
        string path = TempFile("regions.json");
        var r = CliHarness.Run("moments", "--mu-eff", "2.8e-11", "--regions", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        File.Delete(path);
        var planes = json["planes"]!.AsArray();
        Assert.That(planes, Has.Count.EqualTo(6));
        var first = planes[0]!;
        Assert.That((string)first["x"]!, Is.EqualTo("|Lambda_1|"));
        var boundary = first["boundary"]!.AsArray();
        Assert.That((double)boundary[0]![0]!, Is.EqualTo((double)first["max_x"]!).Within(1e-20), "mass basis: ellipse axis on the x axis");
    }

    [Test]
    public void Moments_SvgOutputs_WritesRegionAndBoundPlots()
    {
        string regions = TempFile("regions.svg"), bounds = TempFile("bounds.svg");
        var r = CliHarness.Run("moments", "--mu-eff", "2.8e-11", "--regions-svg", regions, "--bounds-svg", bounds);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        string regionSvg = File.ReadAllText(regions), boundSvg = File.ReadAllText(bounds);
        File.Delete(regions);
        File.Delete(bounds);
        Assert.That(regionSvg, Does.Contain("<svg").And.Contain("|Lambda_1|, |Lambda_2|").And.Contain("|Lambda_mu|, |Lambda_tau|"));
        Assert.That(boundSvg, Does.Contain("<svg").And.Contain("SpectralFit (this work)").And.Contain("Astrophysics"));
        Assert.That(r.Out, Does.Contain($"wrote {regions}").And.Contain($"wrote {bounds}"));
    }

    [TestCase("-1e-11")]
    [TestCase("0")]
    [TestCase("NaN")]
    public void Moments_NonPositiveMuEff_ExitsWith2AndOneLine(string value)
    {
        var r = CliHarness.Run("moments", "--mu-eff", value);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err.Trim().Split('\n'), Has.Length.LessThanOrEqualTo(2));
        Assert.That(r.Err, Does.Contain("--mu-eff").And.Not.Contain("   at "));
    }

    [Test]
    public void Moments_UnknownPreset_ExitsWith2NamingTheOption()
    {
        var r = CliHarness.Run("moments", "--mu-eff", "2.8e-11", "--mixing", "pdg1999");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain("--mixing").And.Contain("pdg1999"));
    }

    [Test]
    public void Moments_Help_HasExample()
    {
        var r = CliHarness.Run("moments", "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("Example: spectralfit moments"));
    }
}
