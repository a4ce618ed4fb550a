using System.Text.Json.Nodes;

namespace SpectralFit.Cli.Tests;

public class EffectiveCommandTests
{
    private const double S13Sq = 0.0219, S23Sq = 0.51, S12Sq = 0.304; // pdg2016 (physics.md §3)

    private static JsonNode RunJson(params string[] args)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sf-effective-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var r = CliHarness.Run([.. args, "--json", path]);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        File.Delete(path);
        return json;
    }

    [Test]
    public void Effective_MajoranaOnlyLambda3_MatchesClosedForms()
    {
        // Only Lambda~_3 = L: flavour Lambda_alpha ~ U_alpha3 L, so reactor = L^2 (|U_mu3|^2 + |U_tau3|^2) = L^2 c13^2,
        // prompt nu_mu = L^2 (|U_e3|^2 + |U_tau3|^2) = L^2 (s13^2 + c23^2 c13^2); solar = L^2 (1 - P_e3) = L^2 c13^2.
        var json = RunJson("effective", "--majorana", "--lambda", "0,0,2", "--zeta", "0,0,0.7", "--delta", "1.1");
        double c13Sq = 1 - S13Sq;
        Assert.That((double)json["reactor"]!, Is.EqualTo(2 * Math.Sqrt(c13Sq)).Within(1e-12));
        Assert.That((double)json["sns_prompt"]!, Is.EqualTo(2 * Math.Sqrt(S13Sq + (1 - S23Sq) * c13Sq)).Within(1e-12));
        Assert.That((double)json["sns_delayed_nue"]!, Is.EqualTo((double)json["reactor"]!).Within(1e-12));
        Assert.That((double)json["sns_delayed_numubar"]!, Is.EqualTo((double)json["sns_prompt"]!).Within(1e-12));
        Assert.That((double)json["solar_pp"]!, Is.EqualTo(2 * Math.Sqrt(c13Sq)).Within(1e-12));
        Assert.That((double)json["solar_be7"]!, Is.EqualTo(2 * Math.Sqrt(c13Sq)).Within(1e-12));
    }

    [Test]
    public void Effective_DiracDiagonal_ReactorIsUeWeightedAndSolarBe7BelowPp()
    {
        var json = RunJson("effective", "--dirac", "--lambda", "1,2,0");
        double c13Sq = 1 - S13Sq;
        double reactor = Math.Sqrt((1 - S12Sq) * c13Sq * 1 + S12Sq * c13Sq * 4);
        Assert.That((double)json["reactor"]!, Is.EqualTo(reactor).Within(1e-12));
        // More nu_2 at 7Be energies (matter effect) than at pp energies: larger solar moment with mu_22 > mu_11.
        Assert.That((double)json["solar_be7"]!, Is.GreaterThan((double)json["solar_pp"]!));
    }

    [TestCase(new[] { "--majorana", "--dirac", "--lambda", "1,2,3" }, "exactly one")]
    [TestCase(new[] { "--lambda", "1,2,3" }, "exactly one")]
    [TestCase(new[] { "--dirac", "--lambda", "1,2" }, "--lambda")]
    [TestCase(new[] { "--dirac", "--lambda", "1,-2,3" }, "--lambda")]
    [TestCase(new[] { "--dirac", "--lambda", "1,inf,3" }, "--lambda")]
    [TestCase(new[] { "--majorana", "--lambda", "1,2,3", "--zeta", "0,0,0" }, "--delta")]
    [TestCase(new[] { "--majorana", "--lambda", "1,2,3", "--zeta", "0,0", "--delta", "0" }, "--zeta")]
    [TestCase(new[] { "--majorana", "--lambda", "1,2,3", "--zeta", "0,0,NaN", "--delta", "0" }, "--zeta")]
    public void Effective_BadInput_ExitsWith2AndOneLineNamingTheOption(string[] args, string expected)
    {
        var r = CliHarness.Run(["effective", .. args]);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain(expected).And.Not.Contain("   at "));
        Assert.That(r.Err.Trim().Split('\n'), Has.Length.LessThanOrEqualTo(2));
    }

    [Test]
    public void Effective_Help_HasExample()
    {
        var r = CliHarness.Run("effective", "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("Example: spectralfit effective"));
    }

    [Test]
    public void Effective_DeltaAndDeltaCpBoth_ExitsWith2()
    {
        var r = CliHarness.Run("effective", "--majorana", "--lambda", "1,1,1", "--zeta", "0,0,0", "--delta", "1", "--delta-cp", "1");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain("--delta"));
    }

    [Test]
    public void Effective_NegativePhaseValues_AreAccepted()
    {
        var json = RunJson("effective", "--majorana", "--lambda", "1,1,1", "--zeta", "-0.5,0,0.5", "--delta", "-1.57");
        Assert.That((double)json["reactor"]!, Is.GreaterThan(0));
    }
}
