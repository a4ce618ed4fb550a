using System.Text.Json;
using DetectorResponse.Data;
using TestSupport;

namespace SpectralFit.Cli.Tests.Commands;

/// <summary>fit / profile / pseudodata on a small sample: the reference config rebinned by 8 (107 N_h bins).</summary>
public class AnalysisCommandTests
{
    private static readonly Lazy<(string Dir, string Sample)> Fixture = new(() =>
    {
        string dir = Directory.CreateTempSubdirectory("analysis-cli").FullName;
        string empty = Path.Combine(dir, "empty.dat");
        var edges = Enumerable.Range(0, 858).Select(i => 92.5 + i).ToArray();
        BinnedDatasetFile.Write(empty, [new BinnedDataset("Nh", edges, new double[857], 920.84663)]);
        string sample = Path.Combine(dir, "sample.dat");
        var r = CliHarness.Run("pseudodata", Config, "--data", empty, "--set", "dataset:rebin=8", "--seed", "5", "--file", sample);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        return (dir, sample);
    });

    private static string Config => SharedData.Repo("configs/borexino-phase2-mm.json");

    private static string Sample => Fixture.Value.Sample;

    private string _out = "";

    [SetUp]
    public void SetUp() => _out = Directory.CreateTempSubdirectory("analysis-out").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_out, recursive: true);

    private static void AssertUserError(CliHarness.Result r, string expected)
    {
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode), r.Out + r.Err);
        Assert.That(r.Err, Does.Contain(expected));
        Assert.That(r.Err.Trim().Split('\n'), Has.Length.EqualTo(1), r.Err);
        Assert.That(r.Err, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Fit_Sample_WritesJsonWithRequiredKeysAndReport()
    {
        string json = Path.Combine(_out, "fit.json");
        string dir = Path.Combine(_out, "report");
        var r = CliHarness.Run("fit", Config, "--data", Sample, "--json", json, "--out", dir);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Contain("Best-fit parameters").And.Contain("p-value"));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        foreach (string key in new[] { "parameters", "deviance", "bins", "ndf", "converged", "covariance", "p_value" })
            Assert.That(root.TryGetProperty(key, out _), key);
        var pp = root.GetProperty("parameters").GetProperty("pp");
        Assert.That(pp.GetProperty("free").GetBoolean());
        Assert.That(pp.GetProperty("value").GetDouble(), Is.EqualTo(134).Within(5 * pp.GetProperty("error").GetDouble()));
        Assert.That(root.GetProperty("bins").GetInt32(), Is.EqualTo(107));
        Assert.That(root.GetProperty("upper_limit_90").ValueKind, Is.EqualTo(JsonValueKind.Null), "fit runs no profile");
        Assert.That(root.GetProperty("ndf").GetInt32(), Is.EqualTo(107 - root.GetProperty("free_parameters").GetInt32()));
        Assert.That(File.Exists(Path.Combine(dir, "report.html")) && File.Exists(Path.Combine(dir, "spectrum.svg")));

        // Per-bin spectrum: the components add up to the total, and the observed counts are the data's.
        var spectrum = root.GetProperty("spectrum");
        double[] Values(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];
        var expected = Values(spectrum.GetProperty("expected"));
        Assert.That(expected, Has.Length.EqualTo(107));
        Assert.That(Values(spectrum.GetProperty("low"))[0], Is.EqualTo(92.5));
        Assert.That(Values(spectrum.GetProperty("high"))[^1], Is.EqualTo(92.5 + 8 * 107));
        var sum = new double[107];
        foreach (var component in spectrum.GetProperty("components").EnumerateObject())
        {
            var v = Values(component.Value);
            for (int i = 0; i < sum.Length; i++)
                sum[i] += v[i];
        }
        Assert.That(sum, Is.EqualTo(expected).Within(1e-9).Percent);
        Assert.That(Values(spectrum.GetProperty("observed")).Sum(), Is.EqualTo(BinnedDatasetFile.Read(Sample).Counts.ToArray().Sum()));
        Assert.That(spectrum.GetProperty("components").TryGetProperty("Be7", out _), "solar SM + moment parts under the species name");
        // outputs:json is true in the reference config: the report directory also gets the --json content.
        Assert.That(File.ReadAllText(Path.Combine(dir, "results.json")), Is.EqualTo(File.ReadAllText(json)));
    }

    [Test]
    public void Fit_OutputsJsonFalse_ReportWithoutResultsJson()
    {
        string dir = Path.Combine(_out, "report");
        var r = CliHarness.Run("fit", Config, "--data", Sample, "--out", dir, "--set", "outputs:json=false");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(File.Exists(Path.Combine(dir, "report.html")), r.Out);
        Assert.That(File.Exists(Path.Combine(dir, "results.json")), Is.False);
        Assert.That(r.Out, Does.Not.Contain("results.json"));
    }

    [Test]
    public void Profile_CoarseScan_WritesLimitNextToProfile()
    {
        string json = Path.Combine(_out, "profile.json");
        var r = CliHarness.Run("profile", Config, "--data", Sample, "--json", json,
            "--set", "magnetic_moment:scan:points=6", "--set", "magnetic_moment:scan:max=1.5e-10");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        double limit = root.GetProperty("upper_limit_90").GetDouble();
        Assert.That(limit, Is.GreaterThan(0).And.LessThan(1.5e-10));
        Assert.That(root.GetProperty("profile").GetProperty("mu_B").GetArrayLength(), Is.EqualTo(6));
        Assert.That(r.Out, Does.Contain("90% C.L."));
    }

    [Test]
    public void Fit_MissingDataFile_IsOneLineErrorWithoutOutput()
    {
        string json = Path.Combine(_out, "fit.json");
        AssertUserError(CliHarness.Run("fit", Config, "--data", Path.Combine(_out, "nope.dat"), "--json", json), "nope.dat");
        Assert.That(File.Exists(json), Is.False);
    }

    [Test]
    public void Fit_OutBelowAFile_IsOneLineErrorBeforeTheFit()
    {
        string file = Path.Combine(_out, "afile");
        File.WriteAllText(file, "x");
        var r = CliHarness.Run("fit", Config, "--data", Sample, "--out", Path.Combine(file, "sub"));
        AssertUserError(r, "cannot create the output directory");
        Assert.That(r.Err, Does.Contain("--out " + Path.Combine(file, "sub") + ": cannot create"));
        Assert.That(r.Out, Is.Empty, "nothing computed or printed");
    }

    [Test]
    public void Fit_NegativeCounts_IsOneLineError()
    {
        string bad = Path.Combine(_out, "bad.dat");
        File.WriteAllText(bad, "# spectralfit-dataset: 1\n# estimator: Nh\n# exposure: 100\n92.5 93.5 10\n93.5 94.5 -3\n");
        AssertUserError(CliHarness.Run("fit", Config, "--data", bad), "bad.dat");
    }

    [Test]
    public void Fit_UnknownSetKey_IsOneLineError() =>
        AssertUserError(CliHarness.Run("fit", Config, "--data", Sample, "--set", "response:nonsense=1"), "nonsense");

    [TestCase("components:Kr85:max=abc", "expected a number")]
    [TestCase("components:Kr85:max=-5", "-5 cpd/100t")]
    public void Fit_BadSetValue_ErrorNamesTheOverrideNotTheFile(string set, string problem)
    {
        var r = CliHarness.Run("fit", Config, "--data", Sample, "--set", set);
        AssertUserError(r, $"--set {set}: {problem}");
        Assert.That(r.Err, Does.Not.Contain("borexino-phase2-mm.json"));
    }

    [Test]
    public void Fit_MinAboveMax_IsOneLineError() =>
        AssertUserError(CliHarness.Run("fit", Config, "--data", Sample, "--set", "components:pp:min=500"), "components:pp");

    [Test]
    public void Profile_ScanExcludingZero_IsOneLineError()
    {
        string json = Path.Combine(_out, "p.json");
        AssertUserError(CliHarness.Run("profile", Config, "--data", Sample, "--set", "magnetic_moment:scan:min=1e-11", "--json", json), "mu = 0");
        Assert.That(File.Exists(json), Is.False);
    }

    [Test]
    public void Systematics_TwoAxes_WeightsFourConfigurations()
    {
        // The reference config with only the pile-up and metallicity axes (the sample holds N_h only).
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Config))!.AsObject();
        config["systematics"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "axes": [
              { "key": "pileup:model", "choices": [ { "value": "convolution" }, { "value": "synthetic" } ] },
              { "key": "solar:ssm", "choices": [ { "value": "gs98", "label": "HZ" }, { "value": "agss09", "label": "LZ" } ] } ] }
            """);
        config["dataset"]!["path"] = Sample;
        string configPath = Path.Combine(_out, "two-axes.json");
        File.WriteAllText(configPath, config.ToJsonString());
        string json = Path.Combine(_out, "syst.json");
        string dir = Path.Combine(_out, "syst-report");
        var r = CliHarness.Run("systematics", configPath, "--json", json, "--out", dir,
            "--set", "magnetic_moment:scan:points=3", "--set", "magnetic_moment:scan:max=1.5e-10");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        // Every configuration's profile with the weighted sum, and the expected pp / 7Be signals, in the report.
        string svg = File.ReadAllText(Path.Combine(dir, "systematics.svg"));
        Assert.That(svg, Does.Contain("convolution").And.Contain("synthetic"));
        Assert.That(File.ReadAllText(Path.Combine(dir, "signals.svg")), Does.Contain("Be7").And.Contain("pp"));
        Assert.That(File.ReadAllText(Path.Combine(dir, "report.html")), Does.Contain("Systematics").And.Contain("magnetic moment of 5e-11"));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var weights = doc.RootElement.GetProperty("weights");
        Assert.That(weights.GetArrayLength(), Is.EqualTo(4));
        Assert.That(weights.EnumerateArray().Sum(w => w.GetProperty("weight").GetDouble()), Is.EqualTo(1).Within(1e-9));
        Assert.That(doc.RootElement.GetProperty("upper_limit_90").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void Reproduce_SystematicsOnSingleEstimatorFile_DropsTheEstimatorAxis()
    {
        // The reference config varies the estimator (dt1/dt2) from per-estimator files; --data gives one N_h file,
        // so reproduce (systematics by default) runs pile-up model x metallicity on it and says so.
        string json = Path.Combine(_out, "reproduce-syst.json");
        var r = CliHarness.Run("reproduce", "--config", Config, "--data", Sample, "--json", json,
            "--set", "magnetic_moment:scan:points=3", "--set", "magnetic_moment:scan:max=1.5e-10",
            "--set", $"outputs:directory={Path.Combine(_out, "report")}");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Err, Does.Contain("note: systematics: sample.dat holds only nh, no spectrum for dt1, dt2: the estimator axis is not varied").IgnoreCase);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var weights = doc.RootElement.GetProperty("weights").EnumerateArray().ToList();
        Assert.That(weights.Select(w => w.GetProperty("configuration").GetString()),
            Is.EqualTo(new[] { "convolution / HZ", "convolution / LZ", "synthetic / HZ", "synthetic / LZ" }));
        Assert.That(weights.Select(w => w.GetProperty("data").GetString()), Is.All.Contain("sample.dat (nh "));
        Assert.That(weights.Sum(w => w.GetProperty("weight").GetDouble()), Is.EqualTo(1).Within(1e-9));
        Assert.That(doc.RootElement.GetProperty("upper_limit_90").GetDouble(), Is.GreaterThan(0));
        // The full set of limits (issue D, item 6): without the gallium constraint, with it, with systematics, published.
        Assert.That(r.Out, Does.Contain("without gallium constraint").And.Contain("with gallium constraint and systematics")
            .And.Contain("published: Borexino Phase-II"));
        Assert.That(doc.RootElement.GetProperty("upper_limit_90_without_gallium").GetDouble(),
            Is.GreaterThan(doc.RootElement.GetProperty("upper_limit_90_without_systematics").GetDouble()), "the gallium constraint tightens the limit");
    }

    [Test]
    public void Reproduce_NoSystematics_WritesLimitsWithoutAndWithGalliumOnly()
    {
        string json = Path.Combine(_out, "reproduce.json");
        var r = CliHarness.Run("reproduce", "--config", Config, "--data", Sample, "--no-systematics", "--json", json, "--out", _out,
            "--set", "magnetic_moment:scan:points=3", "--set", "magnetic_moment:scan:max=1.5e-10");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Not.Contain("Systematics configurations"));
        Assert.That(r.Out, Does.Contain("without gallium constraint").And.Contain("without systematics"));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.That(root.TryGetProperty("weights", out _), Is.False);
        Assert.That(root.GetProperty("published_rates").GetProperty("Be7").GetProperty("systematic").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("upper_limit_90_without_gallium").GetDouble(), Is.GreaterThan(root.GetProperty("upper_limit_90").GetDouble()));
        Assert.That(File.ReadAllText(Path.Combine(_out, "report.html")), Does.Contain("without gallium constraint").And.Contain("Rates beside Borexino"));
    }

    [Test]
    public void Toys_TwoToys_ReportsPulls()
    {
        string json = Path.Combine(_out, "toys.json");
        var r = CliHarness.Run("toys", Config, "--data", Sample, "--n", "2", "--seed", "3", "--json", json);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.That(doc.RootElement.GetProperty("toys").GetInt32(), Is.EqualTo(2));
        var pulls = doc.RootElement.GetProperty("pulls");
        Assert.That(pulls.GetProperty("pp").GetProperty("truth_at_limit").GetBoolean(), Is.False);
        Assert.That(pulls.GetProperty("mu_nu").GetProperty("truth_at_limit").GetBoolean(), "the toys are generated at mu_nu = 0, its lower limit");
        Assert.That(r.Out, Does.Contain("(truth at its limit)"));
    }

    [Test]
    public void Toys_Limits_WritesOrderedExpectedLimitBand()
    {
        string json = Path.Combine(_out, "toys.json");
        var r = CliHarness.Run("toys", Config, "--data", Sample, "--n", "3", "--seed", "3", "--limits", "--json", json,
            "--set", "magnetic_moment:scan:points=4", "--set", "magnetic_moment:scan:max=1.5e-10");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Contain("expected 90% C.L. limit").And.Contain("95% band"));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var band = doc.RootElement.GetProperty("limit_band_mu_B");
        var values = new[] { "minus2", "minus1", "median", "plus1", "plus2" }.Select(k => band.GetProperty(k).GetDouble()).ToArray();
        Assert.That(values, Is.Ordered);
        Assert.That(values[0], Is.GreaterThan(0));
        Assert.That(values[^1], Is.LessThan(1.5e-10));
    }

    [Test]
    public void Toys_FixMuWithLimits_IsOneLineError() =>
        AssertUserError(CliHarness.Run("toys", Config, "--data", Sample, "--fix-mu", "--limits"), "--fix-mu");

    [Test]
    public void Toys_FixMu_HasNoMomentPull()
    {
        string json = Path.Combine(_out, "toys.json");
        var r = CliHarness.Run("toys", Config, "--data", Sample, "--n", "2", "--seed", "3", "--fix-mu", "--json", json);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var pulls = doc.RootElement.GetProperty("pulls");
        Assert.That(pulls.TryGetProperty("mu_nu", out _), Is.False);
        Assert.That(pulls.TryGetProperty("Be7", out _));
    }

    [Test]
    public void Reproduce_PublishedPhase2Spectrum_ReadsBorexinoFormatAndComparesLimit()
    {
        string data = SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        string json = Path.Combine(_out, "reproduce.json");
        var r = CliHarness.Run("reproduce", "--config", SharedData.Repo("configs/borexino-phase2-nature2018.json"), "--data", data, "--json", json,
            "--set", "dataset:rebin=8", "--set", "magnetic_moment:scan:points=4", "--set", "magnetic_moment:scan:max=1.5e-10",
            "--set", $"outputs:directory={Path.Combine(_out, "report")}");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Contain("published").And.Contain("2.8e-11"));
        // Without --out the main job writes its report to the configuration's outputs:directory.
        Assert.That(File.Exists(Path.Combine(_out, "report", "report.html")), r.Out);
        Assert.That(File.ReadAllText(Path.Combine(_out, "report", "results.json")), Is.EqualTo(File.ReadAllText(json)), "outputs:json");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("bins").GetInt32(), Is.EqualTo(857 / 8));
        Assert.That(root.GetProperty("exposure_day_100t").GetDouble(), Is.EqualTo(582.33).Within(1e-9));
        Assert.That(root.GetProperty("published_upper_limit_90").GetDouble(), Is.EqualTo(2.8e-11));
        Assert.That(root.GetProperty("upper_limit_90").GetDouble(), Is.GreaterThan(0));
        // Borexino's Fig. 6a curves lie beside the published spectrum: each component is compared, printed and plotted.
        Assert.That(r.Out, Does.Contain("Borexino's fitted curves"));
        var components = root.GetProperty("borexino_components");
        Assert.That(components.EnumerateObject().Select(c => c.Name), Is.EquivalentTo(new[] { "C14", "pileup", "Po210", "Kr85", "Bi210", "C11", "ext", "solar" }));
        // 210Po is the best-determined component: both fits put the same number of events in the window (measured 1.001).
        var po = components.GetProperty("Po210");
        Assert.That(po.GetProperty("this_fit").GetDouble() / po.GetProperty("borexino").GetDouble(), Is.EqualTo(1).Within(0.02));
        Assert.That(File.Exists(Path.Combine(_out, "report", "borexino-solar.svg")));
        // Rates beside Borexino's (PRD 100, 082004 (2019)): pull = difference / combined sigma for fitted rates only.
        var rates = root.GetProperty("published_rates");
        var be7 = rates.GetProperty("Be7");
        double expected = (be7.GetProperty("value").GetDouble() - 48.3) / Math.Sqrt(Math.Pow(be7.GetProperty("error").GetDouble(), 2) + 1.1 * 1.1);
        Assert.That(be7.GetProperty("pull").GetDouble(), Is.EqualTo(expected).Within(1e-12));
        // With systematics (pile-up model x metallicity here) each fitted rate gets the spread over the configurations,
        // and a pull with it added in quadrature to the statistical error.
        double syst = be7.GetProperty("systematic").GetDouble();
        Assert.That(syst, Is.GreaterThanOrEqualTo(0));
        double withSyst = (be7.GetProperty("value").GetDouble() - 48.3) /
                          Math.Sqrt(Math.Pow(be7.GetProperty("error").GetDouble(), 2) + syst * syst + 1.1 * 1.1);
        Assert.That(be7.GetProperty("pull_with_systematic").GetDouble(), Is.EqualTo(withSyst).Within(1e-12));
        Assert.That(rates.GetProperty("pep").GetProperty("basis").GetString(), Is.EqualTo("SSM (fixed)"));
        Assert.That(rates.GetProperty("pep").GetProperty("pull").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(rates.GetProperty("C11").GetProperty("pull").ValueKind, Is.EqualTo(JsonValueKind.Null), "the TFC-subtracted 11C residual is not Borexino's 11C rate");
        // The config's one external rate in fixed shares: each gamma's part is shown, without a pull.
        var tl = rates.GetProperty("ext_Tl208");
        Assert.That(tl.GetProperty("basis").GetString(), Is.EqualTo("share of external"));
        Assert.That(tl.GetProperty("value").GetDouble(), Is.EqualTo(2.27 / (0.31 + 0.47 + 2.27) * root.GetProperty("parameters").GetProperty("external").GetProperty("value").GetDouble()).Within(1e-9));
        Assert.That(File.ReadAllText(Path.Combine(_out, "report", "report.html")), Does.Contain("Rates beside Borexino").And.Contain("pull"));
    }

    [Test]
    public void Reproduce_Phase3SpectrumWithoutConfig_IsOneLineError()
    {
        // The default configuration of a published --data file is the Phase-II analysis, with the Phase-II exposure.
        string data = SharedData.Path("borexino/phase3/PRL2022_SubtractedSpectrumFit_Data.txt");
        AssertUserError(CliHarness.Run("reproduce", "--data", data, "--no-systematics", "--set", $"outputs:directory={_out}"), "Phase-III");
        Assert.That(Directory.EnumerateFiles(_out).Any(), Is.False, "nothing written");
    }

    [Test]
    public void Fit_Phase3SpectrumAsData_IsDetectedByItsHeader()
    {
        string data = SharedData.Path("borexino/phase3/PRL2022_SubtractedSpectrumFit_Data.txt");
        var r = CliHarness.Run("fit", SharedData.Repo("configs/borexino-phase2-nature2018.json"), "--data", data, "--set", "dataset:rebin=8");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(r.Out, Does.Contain("of Nh [136.5,"), "read as Borexino's Phase-III file (rows from N_h 137, bins N_h +- 0.5)");
    }

    [Test]
    public void Reproduce_CompareFileMissing_IsOneLineErrorBeforeAnyFit()
    {
        string dir = Path.Combine(_out, "report");
        AssertUserError(CliHarness.Run("reproduce", "--config", Config, "--data", Sample, "--no-systematics", "--compare", Path.Combine(_out, "nope.csv"),
            "--set", $"outputs:directory={dir}"), "--compare");
        Assert.That(Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any(), Is.False, "nothing written");
    }

    [Test]
    public void Reproduce_OnlyOutputsJson_DirectoryGetsResultsJsonAlone()
    {
        string dir = Path.Combine(_out, "report");
        var r = CliHarness.Run("reproduce", "--config", Config, "--data", Sample, "--no-systematics", "--set", "magnetic_moment:scan:points=3",
            "--set", "magnetic_moment:scan:max=1.5e-10", "--set", "outputs:plots=false", "--set", "outputs:html=false",
            "--set", $"outputs:directory={dir}");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "results.json" }));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        Assert.That(doc.RootElement.GetProperty("upper_limit_90").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void Help_Toys_OffersNoOut()
    {
        var r = CliHarness.Run("toys", "--help");
        Assert.That(r.Out, Does.Contain("--json").And.Not.Contain("--out"), "toys write no plots or report");
    }

    [Test]
    public void PseudoData_Asimov_IsTheModelAtMuZero()
    {
        // The fits start mu_nu inside its limit (1e-11 mu_B, FitParameterFactory.MomentStart); pseudo-data are made at
        // mu_nu = 0, as the command's help says.
        string empty = Path.Combine(_out, "empty.dat"), asimov = Path.Combine(_out, "asimov.dat");
        var edges = Enumerable.Range(0, 858).Select(i => 92.5 + i).ToArray();
        BinnedDatasetFile.Write(empty, [new BinnedDataset("Nh", edges, new double[857], 582.33)]);
        var r = CliHarness.Run("pseudodata", Config, "--data", empty, "--set", "dataset:rebin=8", "--file", asimov);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Err);
        Assert.That(File.ReadAllText(asimov), Does.Contain(" mu_nu=0 "));

        var config = SpectralFit.Configuration.FitConfigurationLoader.Load(Config, ["dataset:path=" + asimov, "dataset:format=spectralfit"]);
        var model = SpectralFit.Modeling.SpectralModelBuilder.Build(config, SpectralFit.Modeling.DatasetLoader.Load(config)).Model;
        var p = model.Parameters.Values();
        int mu = model.Parameters.IndexOf("mu_nu");
        var atZero = new double[model.BinCount];
        var atStart = new double[model.BinCount];
        model.Expected(p, atStart);
        p[mu] = 0;
        model.Expected(p, atZero);
        var counts = BinnedDatasetFile.Read(asimov, "nh").Counts.ToArray();
        Assert.That(counts, Is.EqualTo(atZero).Within(1e-9).Percent);
        Assert.That(atStart.Sum() - atZero.Sum(), Is.GreaterThan(1), "the start value of mu_nu carries a visible moment signal");
    }

    [Test]
    public void Help_PseudoData_OffersNeitherJsonNorOut()
    {
        var r = CliHarness.Run("pseudodata", "--help");
        Assert.That(r.Out, Does.Contain("--file").And.Not.Contain("--json").And.Not.Contain("--out"), "pseudodata writes only its dataset file");
    }

    [Test]
    public void Help_EveryAnalysisCommand_HasExample()
    {
        foreach (string command in new[] { "fit", "profile", "systematics", "toys", "reproduce", "pseudodata" })
        {
            var r = CliHarness.Run(command, "--help");
            Assert.That(r.ExitCode, Is.EqualTo(0), command);
            Assert.That(r.Out, Does.Contain("Example: spectralfit " + command), command);
        }
    }
}
