using System.Globalization;
using System.Text.Json.Nodes;
using DetectorResponse.Backgrounds;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// What sets the 7Be / 85Kr split of the published-spectrum fit (README.md, 'Where the 7Be split comes from'): on
/// Borexino's Phase-II spectrum (Nature 562, 505 (2018)) our fit gives 7Be ~54 and 85Kr ~1 against Borexino's 48.3 +- 1.1
/// and 6.8 +- 1.8 (PRD 100, 082004 (2019)). Two checks that the split follows the solar shape and the energy scale at the
/// 7Be edge, not a background shape: (1) held at the light yield where our electrons match Borexino's Monte Carlo solar
/// curve (BorexinoEnergyAxis.PhaseTwoLightYield), the fit moves 7Be down and 85Kr up; (2) with Borexino's own solar
/// curve (Fig. 6a of arXiv:1707.09279) in place of our solar components, 85Kr comes back.
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

    [Test]
    public void Fit_AtBorexinosMonteCarloEnergyScale_Moves7BeDownAnd85KrUp()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        string path = SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath);
        var nominal = Task.Run(() => Fit(path));
        var atScale = Task.Run(() => Fit(path,
            "response:light_yield:init=" + BorexinoEnergyAxis.PhaseTwoLightYield.ToString(CultureInfo.InvariantCulture), "response:light_yield:fixed=true"));
        var (a, b) = (nominal.GetAwaiter().GetResult(), atScale.GetAwaiter().GetResult());
        TestContext.Out.WriteLine(Invariant($"free light yield {a.Result.Value("light_yield"):F1}: 7Be {a.Result.Value("Be7"):F1}, 85Kr {a.Result.Value("Kr85"):F1}, deviance {a.Deviance:F1}"));
        TestContext.Out.WriteLine(Invariant($"held at {BorexinoEnergyAxis.PhaseTwoLightYield}: 7Be {b.Result.Value("Be7"):F1}, 85Kr {b.Result.Value("Kr85"):F1}, deviance {b.Deviance:F1}"));
        // Measured (these fast fits, EDM < 1e-3, no Hessian): free 532.9, 7Be 54.9, 85Kr 0.6, deviance 947.5; held at 535.9:
        // 7Be 52.2, 85Kr 2.8, deviance 950.5 (the full fits of README.md: 533.0, 54.3, 0.9, 947.4 and 53.1, 2.5, 950.3; the
        // direction is flat).
        Assert.That(a.Result.Value("light_yield"), Is.LessThan(BorexinoEnergyAxis.PhaseTwoLightYield), "the data fit's scale is below Borexino's Monte Carlo scale");
        Assert.That(b.Result.Value("Be7"), Is.LessThan(a.Result.Value("Be7") - 1), "7Be moves towards Borexino's 48.3");
        Assert.That(b.Result.Value("Kr85"), Is.GreaterThan(a.Result.Value("Kr85") + 1), "85Kr moves towards Borexino's 6.8");
    }

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

        var fit = Fit(configPath);
        TestContext.Out.WriteLine(Invariant($"Borexino's solar curve as our solar: 85Kr {fit.Result.Value("Kr85"):F1}, solar {fit.Result.Value("BorexinoSolar"):F2} cpd/100t in the window, light yield {fit.Result.Value("light_yield"):F1}, deviance {fit.Deviance:F1}"));
        // Measured: 85Kr 5.2 +- 1.4 (with our own solar 0.9), deviance 954.2 (947.4 with ours), light yield 532.6.
        Assert.That(fit.Result.Value("Kr85"), Is.GreaterThan(3), "85Kr with Borexino's solar shape");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
