using System.Text.Json.Nodes;
using DetectorResponse.Data;

namespace SpectralFit.Cli.Tests.Commands;

public class SimulateCommandTests
{
    private const string Config = """
        {
          "detector": { "lightYield": 500, "kB": 0.0115 },
          "estimators": { "nh": { "first": 93, "last": 950 }, "npmts_dt2": { "first": 90, "last": 800 } },
          "components": [
            { "name": "Po210", "rate": 260, "spectrum": { "kind": "line", "energy": 5.30433, "particle": "alpha" } },
            { "name": "K40", "rate": 1.0, "spectrum": { "kind": "line", "energy": 1.46, "particle": "gamma" } },
            { "name": "e1MeV", "rate": 5, "spectrum": { "kind": "line", "energy": 1.0 } }
          ],
          "pileup": { "rate": 20, "randomTrigger": "e1MeV" }
        }
        """;

    private static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sf-sim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Test]
    public void Simulate_SameSeed_ByteIdenticalFiles_DifferentSeed_Differs()
    {
        string dir = TempDir();
        string cfg = Path.Combine(dir, "sim.json");
        File.WriteAllText(cfg, Config);
        string a = Path.Combine(dir, "a.dat"), b = Path.Combine(dir, "b.dat"), c = Path.Combine(dir, "c.dat");
        Assert.That(CliHarness.Run("simulate", cfg, "--exposure", "20", "--seed", "3", "--out", a).ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.Run("simulate", cfg, "--exposure", "20", "--seed", "3", "--out", b).ExitCode, Is.EqualTo(0));
        Assert.That(CliHarness.Run("simulate", cfg, "--exposure", "20", "--seed", "4", "--out", c).ExitCode, Is.EqualTo(0));
        string Text(string name) => File.ReadAllText(Path.Combine(dir, name)).Replace(name[0] + ".dat", "X");
        Assert.That(Text("b.nh.dat"), Is.EqualTo(Text("a.nh.dat")));
        Assert.That(Text("b.npmts_dt2.dat"), Is.EqualTo(Text("a.npmts_dt2.dat")));
        Assert.That(Text("c.nh.dat"), Is.Not.EqualTo(Text("a.nh.dat")));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Simulate_WritesDatasetSectionsAndTruth_TotalsMatchRateTimesExposure()
    {
        string dir = TempDir();
        string cfg = Path.Combine(dir, "sim.json");
        File.WriteAllText(cfg, Config);
        string output = Path.Combine(dir, "out.dat");
        var r = CliHarness.Run("simulate", cfg, "--exposure", "50", "--seed", "9", "--out", output);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        var sections = new[] { BinnedDatasetFile.Read(Path.Combine(dir, "out.nh.dat")), BinnedDatasetFile.Read(Path.Combine(dir, "out.npmts_dt2.dat")) };
        Assert.That(sections.Select(s => s.Estimator), Is.EqualTo(new[] { "nh", "npmts_dt2" }));
        Assert.That(sections.All(s => s.Exposure == 50), Is.True);

        var truth = JsonNode.Parse(File.ReadAllText(output + ".truth.json"))!;
        Assert.That(truth["seed"]!.GetValue<ulong>(), Is.EqualTo(9));
        var po = truth["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "Po210")!;
        double expected = 260 * 50;
        Assert.That(po["expected_events"]!.GetValue<double>(), Is.EqualTo(expected));
        Assert.That(po["simulated_events"]!.GetValue<long>(), Is.EqualTo(expected).Within(4 * Math.Sqrt(expected)));
        // all components lie well inside the windows: every simulated event is in each dataset
        long all = truth["components"]!.AsArray().Sum(c => c!["simulated_events"]!.GetValue<long>());
        Assert.That(sections[0].TotalCounts, Is.EqualTo(all));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Simulate_BuiltInSpectra_BetaRecoilExternal_AreSimulated()
    {
        string dir = TempDir();
        string cfg = Path.Combine(dir, "kinds.json");
        File.WriteAllText(cfg, """
            {
              "_comment": "keys starting with _ are comments",
              "estimators": { "nh": { "first": 60, "last": 1200 } },
              "components": [
                { "name": "Bi210", "rate": 17.5, "spectrum": { "kind": "beta", "isotope": "Bi210" } },
                { "name": "C11", "rate": 26.8, "spectrum": { "kind": "beta", "isotope": "C11" } },
                { "name": "pep", "rate": 2.43, "spectrum": { "kind": "recoil", "species": "pep", "ssm": "gs98", "mixing": "pdg2016" } },
                { "name": "ext_Tl208", "rate": 3.3, "spectrum": { "kind": "external", "source": "Tl208" } }
              ]
            }
            """);
        string output = Path.Combine(dir, "k.dat");
        var r = CliHarness.Run("simulate", cfg, "--exposure", "40", "--seed", "2", "--out", output);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        var truth = JsonNode.Parse(File.ReadAllText(output + ".truth.json"))!["components"]!.AsArray();
        foreach (var c in truth)
        {
            double expected = c!["expected_events"]!.GetValue<double>() * c["simulated_share"]!.GetValue<double>();
            Assert.That(c["simulated_events"]!.GetValue<long>(), Is.EqualTo(expected).Within(4 * Math.Sqrt(expected) + 1), c["name"]!.ToString());
        }
        // 11C: positron + two 511 keV gammas, all above 0.8 MeV visible: every event inside N_h 60-1200
        var c11 = truth.Single(c => c!["name"]!.GetValue<string>() == "C11")!;
        Assert.That(c11["events_in_binning"]!["nh"]!.GetValue<long>(), Is.EqualTo(c11["simulated_events"]!.GetValue<long>()));
        Directory.Delete(dir, true);
    }

    [TestCase("{ \"estimators\": { \"nh\": { \"first\": 93, \"last\": 950 } }, \"components\": [ { \"name\": \"x\", \"rate\": -1, \"spectrum\": { \"kind\": \"line\", \"energy\": 1 } } ] }", "components[0].rate")]
    [TestCase("{ \"estimators\": { \"nx\": { \"first\": 93, \"last\": 950 } }, \"components\": [] }", "unknown estimator 'nx'")]
    [TestCase("{ \"estimators\": { \"nh\": { \"first\": 93, \"last\": 950 } }, \"components\": [ { \"name\": \"x\", \"rate\": 1, \"spectrum\": { \"kind\": \"line\", \"energy\": 1, \"particle\": \"muon\" } } ] }", "particle")]
    [TestCase("{ \"detector\": { \"lightYield\": 5 }, \"estimators\": {}, \"components\": [] }", "detector.lightYield")]
    [TestCase("{ \"estimators\": { \"nh\": { \"first\": 93, \"last\": 950 } }, \"components\": [ ], \"pileup\": { \"rate\": 1, \"randomTrigger\": \"C14\" } }", "component")]
    [TestCase("{ \"estimator\": {} }", "unknown key 'estimator'")]
    [TestCase("{ \"estimators\": { \"nh\": { \"first\": 93, \"last\": 950 } }, \"components\": [ { \"name\": \"x\", \"rate\": 1, \"spectrum\": { \"kind\": \"beta\", \"isotope\": \"U238\" } } ] }", "components[0].spectrum.isotope")]
    [TestCase("{ \"estimators\": { \"nh\": { \"first\": 93, \"last\": 950 } }, \"components\": [ { \"name\": \"x\", \"rate\": 1, \"spectrum\": { \"kind\": \"recoil\", \"species\": \"pq\" } } ] }", "components[0].spectrum.species")]
    [TestCase("{ \"estimators\": ", "not valid JSON")]
    public void Simulate_BadConfig_OneLineErrorExitCode2(string config, string expected)
    {
        string dir = TempDir();
        string cfg = Path.Combine(dir, "bad.json");
        File.WriteAllText(cfg, config);
        string output = Path.Combine(dir, "out.dat");
        var r = CliHarness.Run("simulate", cfg, "--exposure", "1", "--seed", "1", "--out", output);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain(cfg));
        Assert.That(r.Err, Does.Contain(expected));
        Assert.That(r.Err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1)); // only the config: nothing written
        Directory.Delete(dir, true);
    }

    [Test]
    public void Simulate_MissingConfigOrBadExposure_IsUserError()
    {
        var r = CliHarness.Run("simulate", "/nonexistent/sim.json", "--exposure", "1", "--seed", "1", "--out", "x.dat");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain("not found"));
        r = CliHarness.Run("simulate", "/nonexistent/sim.json", "--exposure", "0", "--seed", "1", "--out", "x.dat");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain("--exposure"));
    }

    [Test]
    public void Simulate_Help_HasExample()
    {
        var r = CliHarness.Run("simulate", "--help");
        Assert.That(r.Out, Does.Contain("Example: spectralfit simulate"));
    }
}
