using System.Globalization;
using System.Text.Json.Nodes;
using DetectorResponse.Backgrounds;
using DetectorResponse.Data;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// What sets the 7Be / 85Kr split of the published-spectrum fit (README.md, 'Where the 7Be split came from'). On
/// Borexino's Phase-II spectrum (Nature 562, 505 (2018)) the split follows the electron resolution at the 7Be edge (7Be
/// and v1 correlate by +0.7): a broad edge takes more 7Be, a sharp one needs the 85Kr spectrum under it. The 210Po peak
/// (~150,000 events at N_h ~ 188) measures the detector resolution there, because every event has it: with the peak
/// as the detector's response to the alpha line (po210_peak = resolution, the default) the fit returns Borexino's
/// 48.3 +- 1.1 and 6.8 +- 1.8 (PRD 100, 082004 (2019)). With the peak's width free of the resolution (po210_peak =
/// free-width, the model until 2026-11) the electrons come out broader than the 210Po peak at the same N_h, and the
/// split moves to 7Be ~54, 85Kr ~1; the other three tests document that model's diagnostics: (1) held at the light
/// yield where our electrons match Borexino's Monte Carlo solar curve (BorexinoEnergyAxis.PhaseTwoLightYield), the fit
/// moves 7Be down and 85Kr up; (2) with Borexino's own solar curve (Fig. 6a of arXiv:1707.09279) in place of our solar
/// components, 85Kr comes back; (3) Borexino's curve in the threshold bins gives Borexino's split.
/// </summary>
[NonParallelizable]
public class SevenBeSplitTests
{
    private static readonly MinimizerOptions Fast = new() { EdmGoal = 1e-3, ComputeErrors = false };

    private static FitOutcome Fit(string configPath, params string[] overrides)
    {
        var config = FitConfigurationLoader.Load(configPath, overrides);
        return new FitService(new VariableMetricMinimizer(Fast)).Fit(SpectralModelBuilder.Build(config, DatasetLoader.Load(config)));
    }

    // The model until 2026-11 (free-width 210Po peak, Gaussian kernel), started where its 210Po width lands (0.0345 MeV).
    private static readonly string[] FreeWidth =
        ["response:po210_peak=free-width", "response:po210_width:init=0.035", "response:po210_width:min=0.005", "response:kernel=gaussian"];

    private static string[] WithFreeWidth(params string[] overrides) => [.. FreeWidth, .. overrides];

    [Test]
    public void Fit_With210PoAsTheDetectorResponse_ReturnsBorexinos7BeAnd85Kr()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        string path = SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath);
        var all = Task.Run(() => Fit(path));
        var above = Task.Run(() => Fit(path, "dataset:observable:min=102"));
        var (a, b) = (all.GetAwaiter().GetResult(), above.GetAwaiter().GetResult());
        foreach (var (label, f) in new[] { ("N_h 93-950", a), ("N_h 103-950", b) })
            TestContext.Out.WriteLine(Invariant($"{label}: 7Be {f.Result.Value("Be7"):F1}, 85Kr {f.Result.Value("Kr85"):F1}, pp {f.Result.Value("pp"):F0}, light yield {f.Result.Value("light_yield"):F1}, v1 {f.Result.Value("resolution_v1"):F3}, intrinsic 210Po width {f.Result.Value("po210_width"):F4}, deviance {f.Deviance:F1}"));
        // Measured (full fits, README.md): 7Be 49.9 +- 1.4, 85Kr 3.2 +- 1.6, pp 133 +- 10, light yield 537.7 (0.34% above
        // 535.9; the free-width model's 533.0 is 0.54% below), deviance 971.1; without the threshold bins 49.9, 3.7, 537.3.
        // Borexino: 48.3 +- 1.1, 6.8 +- 1.8, 134 +- 10; its Monte Carlo scale in our model 535.9-537.4 (BorexinoCurveFitTests).
        Assert.That(a.Result.Value("Be7"), Is.EqualTo(48.3).Within(2 * Math.Sqrt(1.4 * 1.4 + 1.1 * 1.1)), "7Be within 2 combined sigma of Borexino's");
        Assert.That(a.Result.Value("Kr85"), Is.EqualTo(6.8).Within(2 * Math.Sqrt(1.6 * 1.6 + 1.8 * 1.8)), "85Kr within 2 combined sigma of Borexino's");
        Assert.That(a.Result.Value("light_yield"), Is.EqualTo(BorexinoEnergyAxis.PhaseTwoLightYield).Within(0.5).Percent, "the fit lands on Borexino's Monte Carlo scale");
        Assert.That(b.Result.Value("Be7"), Is.EqualTo(a.Result.Value("Be7")).Within(1.0), "the threshold bins no longer set the split");
    }

    [Test]
    public void Fit_With210PoWidthFreeOfTheResolution_MakesElectronsBroaderThanThe210PoPeak()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var fit = Fit(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath), FreeWidth);
        var r = fit.Result;
        var response = new DetectorResponse.Estimators.EstimatorResponse(DetectorResponse.Estimators.EnergyEstimator.Nh,
            new DetectorResponse.Estimators.ResponseParameters
            {
                LightYield = r.Value("light_yield"), Kb = 0.0112, VarianceFactor = r.Value("resolution_v1"),
                ConstantTerm = 0, DarkNoise = r.Value("resolution_sigma_d"),
            });
        double position = r.Value("po210_position"), n = response.Mean(position);
        double electrons = Math.Sqrt(response.Variance(n)), peak = r.Value("po210_width") * response.MeanSlope(position);
        TestContext.Out.WriteLine(Invariant($"free-width: 7Be {r.Value("Be7"):F1}, 85Kr {r.Value("Kr85"):F1}, v1 {r.Value("resolution_v1"):F2}; at N_h {n:F1} electrons sigma {electrons:F2} hits, 210Po peak {peak:F2}, deviance {fit.Deviance:F1}"));
        // Measured: 7Be 54.3, 85Kr 0.9, v1 0.43; at N_h 188 electrons 17.2 hits, the 210Po peak 15.2 (Borexino's fitted
        // 210Po curve: 15.3), deviance 947.4.
        Assert.That(electrons, Is.GreaterThan(peak * 1.05), "electrons broader than a peak that every event's resolution widens");
        Assert.That(r.Value("Be7"), Is.GreaterThan(52.5));
        Assert.That(r.Value("Kr85"), Is.LessThan(3));
    }

    [Test]
    public void Fit_AtBorexinosMonteCarloEnergyScale_Moves7BeDownAnd85KrUp()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        string path = SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath);
        var nominal = Task.Run(() => Fit(path, FreeWidth));
        var atScale = Task.Run(() => Fit(path, WithFreeWidth(
            "response:light_yield:init=" + BorexinoEnergyAxis.PhaseTwoLightYield.ToString(CultureInfo.InvariantCulture), "response:light_yield:fixed=true")));
        var (a, b) = (nominal.GetAwaiter().GetResult(), atScale.GetAwaiter().GetResult());
        TestContext.Out.WriteLine(Invariant($"free light yield {a.Result.Value("light_yield"):F1}: 7Be {a.Result.Value("Be7"):F1}, 85Kr {a.Result.Value("Kr85"):F1}, deviance {a.Deviance:F1}"));
        TestContext.Out.WriteLine(Invariant($"held at {BorexinoEnergyAxis.PhaseTwoLightYield}: 7Be {b.Result.Value("Be7"):F1}, 85Kr {b.Result.Value("Kr85"):F1}, deviance {b.Deviance:F1}"));
        // po210_peak = free-width. Measured (these fast fits, EDM < 1e-3, no Hessian): free 532.9, 7Be 54.9, 85Kr 0.6, deviance 947.5; held at 535.9:
        // 7Be 52.2, 85Kr 2.8, deviance 950.5 (the full fits of README.md: 533.0, 54.3, 0.9, 947.4 and 53.1, 2.5, 950.3; the
        // direction is flat).
        Assert.That(a.Result.Value("light_yield"), Is.LessThan(BorexinoEnergyAxis.PhaseTwoLightYield), "the data fit's scale is below Borexino's Monte Carlo scale");
        Assert.That(b.Result.Value("Be7"), Is.LessThan(a.Result.Value("Be7") - 1), "7Be moves towards Borexino's 48.3");
        Assert.That(b.Result.Value("Kr85"), Is.GreaterThan(a.Result.Value("Kr85") + 1), "85Kr moves towards Borexino's 6.8");
    }

    /// <summary>(po210_peak = free-width.)</summary>
    [Test]
    public void Fit_WithBorexinosSolarCurve_Brings85KrBack()
    {
        var curve = Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        string data = SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var dir = Directory.CreateTempSubdirectory("bx-solar-template").FullName;
        // Borexino's solar curve (pp + 7Be + pep + CNO + 8B) as an observable template: rows [N_h - 1, N_h), as the data.
        string template = Path.Combine(dir, "solar.txt");
        File.WriteAllLines(template, curve.Nh.Select((n, i) => Invariant($"{n - 1} {n} {curve["solar"][i] / 582.33:R}")));
        var json = JsonNode.Parse(File.ReadAllText(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath)))!.AsObject();
        json["dataset"]!["path"] = data;
        foreach (var solar in new[] { "pp", "Be7", "pep", "CNO" })
            json["components"]![solar] = new JsonObject { ["init"] = 0, ["fixed"] = true };
        json["components"]!["BorexinoSolar"] = new JsonObject
        {
            ["init"] = 40, ["min"] = 0, ["max"] = 200, ["template"] = template, ["axis"] = "observable",
        };
        json["constraints"]!["gallium"]!["enabled"] = false; // the curve has no pp / 7Be to constrain
        string configPath = Path.Combine(dir, "borexino-solar.json");
        File.WriteAllText(configPath, json.ToJsonString());

        var fit = Fit(configPath, FreeWidth);
        TestContext.Out.WriteLine(Invariant($"Borexino's solar curve as our solar: 85Kr {fit.Result.Value("Kr85"):F1}, solar {fit.Result.Value("BorexinoSolar"):F2} cpd/100t in the window, light yield {fit.Result.Value("light_yield"):F1}, deviance {fit.Deviance:F1}"));
        // Measured: 85Kr 5.2 +- 1.4 (with our own solar 0.9), deviance 954.2 (947.4 with ours), light yield 532.6.
        Assert.That(fit.Result.Value("Kr85"), Is.GreaterThan(3), "85Kr with Borexino's solar shape");
    }

    /// <summary>
    /// (po210_peak = free-width.) Borexino's best-fit curve (Fig. 6a total) and the data differ most in the ten threshold bins N_h 93-102, where the
    /// 14C spectrum falls sevenfold: Borexino's curve scores 171.0 there (ours 19.7), 746 / 221 / 331 events above the
    /// data in the first three bins and up to 277 below in the next ones; its 14C curve is a Monte Carlo histogram
    /// (above N_h 112 it steps by single simulated events, 0 or 10 counts). Those ten bins fix the light yield:
    /// the data with Borexino's curve in them give Borexino's 7Be and 85Kr; the data without them still give ours.
    /// </summary>
    [Test]
    public void Fit_WithBorexinosCurveInTheThresholdBins_ReturnsBorexinos7BeAnd85Kr()
    {
        var curve = Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        string path = SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath);
        var observed = DatasetLoader.Load(FitConfigurationLoader.Load(path)).Data;
        var counts = observed.Counts.ToArray();
        var (rows, total) = (curve.Nh, curve["total"]);
        for (int i = 0; i < counts.Length; i++)
        {
            int row = (int)Math.Round(observed.High(i)); // rows N_h 93-102 hold [N_h - 1, N_h)
            if (row <= 102)
                counts[i] = total[Array.IndexOf(rows, row)];
        }
        var dir = Directory.CreateTempSubdirectory("bx-threshold").FullName;
        string data = Path.Combine(dir, "threshold-from-curve.dat");
        BinnedDatasetFile.Write(data, [new BinnedDataset("nh", observed.Edges.ToArray(), counts, observed.Exposure)]);
        var hybrid = Task.Run(() => Fit(path, WithFreeWidth("dataset:path=" + data, "dataset:format=spectralfit")));
        var above = Task.Run(() => Fit(path, WithFreeWidth("dataset:observable:min=102")));
        var (h, a) = (hybrid.GetAwaiter().GetResult(), above.GetAwaiter().GetResult());
        TestContext.Out.WriteLine(Invariant($"Borexino's curve in N_h 93-102: 7Be {h.Result.Value("Be7"):F1}, 85Kr {h.Result.Value("Kr85"):F1}, light yield {h.Result.Value("light_yield"):F1}"));
        TestContext.Out.WriteLine(Invariant($"data from N_h 103: 7Be {a.Result.Value("Be7"):F1}, 85Kr {a.Result.Value("Kr85"):F1}, light yield {a.Result.Value("light_yield"):F1}"));
        // Measured (full fits): curve in N_h 93-102: 7Be 50.0 +- 1.8, 85Kr 4.6 +- 1.7, light yield 537.1 (Borexino 48.3 +- 1.1,
        // 6.8 +- 1.8: 0.8 and 0.9 combined sigma); data from N_h 103: 7Be 53.6 +- 2.2, 85Kr 1.4, light yield 533.5 (from N_h 131: 53.6, 533.9).
        Assert.That(h.Result.Value("Be7"), Is.LessThan(51.5), "7Be within 1.5 sigma of Borexino's 48.3");
        Assert.That(h.Result.Value("Kr85"), Is.GreaterThan(3.5), "85Kr within 1.5 sigma of Borexino's 6.8");
        Assert.That(h.Result.Value("light_yield"), Is.GreaterThan(BorexinoEnergyAxis.PhaseTwoLightYield), "Borexino's threshold bins ask for its Monte Carlo scale");
        Assert.That(a.Result.Value("Be7"), Is.GreaterThan(52.5), "without the threshold bins the data keep their own split");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
