using System.Globalization;
using System.Text.Json.Nodes;
using DetectorResponse.Backgrounds;
using DetectorResponse.Data;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// The analytic N_h model (configs/borexino-phase2-nature2018.json) fitted to Borexino's own best-fit curve instead
/// of the data: the total of Fig. 6a of arXiv:1707.09279 (PRD 100, 082004 (2019)), x 582.33 day x 100 t, as an
/// Asimov-like dataset with non-integer counts. If our rates mean what Borexino's mean and our shapes are close to
/// Borexino's Monte Carlo shapes, the fit returns Borexino's Phase-II rates (physics.md §6). It separates a
/// definition or shape problem from what the data themselves prefer: on the data the same model puts 7Be at ~54,
/// 85Kr at ~1 (README.md, 'Reproducing Borexino').
/// </summary>
public class BorexinoCurveFitTests
{
    [Test]
    public void Fit_BorexinosOwnCurve_ReturnsBorexinosSolarAndBetaRates()
    {
        var curve = Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        string data = Path.Combine(Directory.CreateTempSubdirectory("bx-curve").FullName, "fig6a-total.dat");
        var edges = curve.Nh.Select(n => n - 1.0).Append(curve.Nh[^1]).ToArray(); // row N_h: [N_h - 1, N_h), as the data (Phase2SpectrumReader)
        BinnedDatasetFile.Write(data, [new BinnedDataset("nh", edges, curve["total"], Phase2SpectrumReader.Exposure)]);
        // Each external gamma free (17 parameters): this fit gives the shares of components:external in the config.
        var json = JsonNode.Parse(File.ReadAllText(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath)))!.AsObject();
        json["dataset"]!["path"] = data;
        json["dataset"]!["format"] = "spectralfit";
        var shares = json["components"]!["external"]!["shares"]!.AsObject();
        json["components"]!.AsObject().Remove("external");
        foreach (var (gamma, share) in shares)
            json["components"]![gamma] = new JsonObject { ["init"] = (double)share!, ["min"] = 0, ["max"] = 20 };
        string configPath = Path.Combine(Path.GetDirectoryName(data)!, "single-gammas.json");
        File.WriteAllText(configPath, json.ToJsonString());
        var config = FitConfigurationLoader.Load(configPath);
        var fit = new FitService().Fit(SpectralModelBuilder.Build(config, DatasetLoader.Load(config)));
        var r = fit.Result;
        foreach (var (gamma, share) in shares)
            TestContext.Out.WriteLine(Invariant($"{gamma,-10} {r.Value(gamma),7:F2} +- {r.Error(gamma):F2}   components:external:shares {(double)share!:F2}"));
        foreach (var (gamma, share) in shares)
            Assert.That(r.Value(gamma), Is.EqualTo((double)share!).Within(0.5 * r.Error(gamma)), $"the config's share of {gamma} is this fit's rate");

        // Borexino Phase-II (PRD 100, 082004 (2019); physics.md §6), cpd/100t (14C in Bq/100t).
        (string Name, double Value, double Error)[] published =
        [
            ("pp", 134, 10), ("Be7", 48.3, 1.1), ("Kr85", 6.8, 1.8), ("Bi210", 17.5, 1.9), ("Po210", 260, 3),
            ("pileup", 137.5, 2.8), ("C14", 40.0, 2.0), ("ext_Tl208", 3.3, 0.1),
        ];
        TestContext.Out.WriteLine(Invariant($"mismatch deviance (our model vs Borexino's curve) {fit.Deviance:F1} over {fit.Bins} bins; light yield {r.Value("light_yield"):F1}"));
        foreach (var (name, value, error) in published)
        {
            double combined = Math.Sqrt(error * error + r.Error(name) * r.Error(name));
            TestContext.Out.WriteLine(Invariant($"{name,-10} {r.Value(name),7:F2} +- {r.Error(name):F2}   Borexino {value,6:F1} +- {error:F1}   {(r.Value(name) - value) / combined:+0.0;-0.0} sigma"));
        }
        Assert.That(r.IsValid, r.Message);
        // Measured (aliasing modelled, external shapes on Borexino's nominal axis at the light yield of Borexino's solar
        // curve, all three external rates free): pp 117 +- 11, 7Be 49.8 +- 1.8, 85Kr 4.2 +- 1.8, 210Bi 17.8 +- 1.6, 210Po
        // 256.6 +- 0.8, pile-up 136.6, each within 1.1 combined sigma of Borexino's; light yield 537.4; mismatch deviance
        // 174.5 (189 with the external shapes at the data fit's 530; 352 with smooth bins and the old external axis: the
        // rest is Monte Carlo bin structure our uniform live-PMT range does not follow). Not asserted: 14C 46.4 +- 1.7
        // against 40 +- 2 (+2.5 sigma: to give the curve's 14C tail above N_h 93 our model needs more 14C at this
        // curve's resolution), and the external rates (208Tl 2.3 against 3.3): Borexino's external-rate convention
        // differs from ours (README.md, Reproducing Borexino).
        foreach (var (name, value, error) in published.Where(p => p.Name is "pp" or "Be7" or "Kr85" or "Bi210" or "Po210" or "pileup"))
        {
            double combined = Math.Sqrt(error * error + r.Error(name) * r.Error(name));
            Assert.That(Math.Abs(r.Value(name) - value), Is.LessThan(2 * combined), name);
        }
    }

    /// <summary>
    /// Our solar model (pp, 7Be free; pep and CNO at the SSM) fitted to Borexino's solar curve alone (Fig. 6a of
    /// arXiv:1707.09279, pp + 7Be + pep + CNO + 8B drawn as one curve) with every background at zero: the pp and
    /// 7Be shapes after our response mean what Borexino's mean if the fit returns Borexino's rates (PRD 100, 082004
    /// (2019): pp 134 +- 10, 7Be 48.3 +- 1.1). It separates the solar shapes from the 7Be/85Kr tension of the data
    /// fit (7Be 54.3, 85Kr 0.9; README.md, Reproducing Borexino).
    /// </summary>
    [Test]
    public void Fit_BorexinosSolarCurve_ReturnsBorexinosPpAnd7Be()
    {
        var curve = Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        var dir = Directory.CreateTempSubdirectory("bx-solar").FullName;
        string data = Path.Combine(dir, "fig6a-solar.dat");
        var edges = curve.Nh.Select(n => n - 1.0).Append(curve.Nh[^1]).ToArray();
        BinnedDatasetFile.Write(data, [new BinnedDataset("nh", edges, curve["solar"], Phase2SpectrumReader.Exposure)]);

        var json = JsonNode.Parse(File.ReadAllText(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath)))!.AsObject();
        json["dataset"]!["path"] = data;
        json["dataset"]!["format"] = "spectralfit";
        foreach (var background in new[] { "C14", "pileup", "Kr85", "Bi210", "C11", "Po210" })
            json["components"]![background] = new JsonObject { ["init"] = 0, ["fixed"] = true };
        json["components"]!["external"]!["init"] = 0;
        json["components"]!["external"]!["fixed"] = true;
        foreach (var peak in new[] { "po210_position", "po210_width", "c11_shift" })
            json["response"]![peak]!["fixed"] = true;
        json["constraints"]!["gallium"]!["enabled"] = false;
        string configPath = Path.Combine(dir, "solar-only.json");
        File.WriteAllText(configPath, json.ToJsonString());

        var config = FitConfigurationLoader.Load(configPath);
        var fit = new FitService().Fit(SpectralModelBuilder.Build(config, DatasetLoader.Load(config)));
        var r = fit.Result;
        TestContext.Out.WriteLine(Invariant($"pp {r.Value("pp"):F1} +- {r.Error("pp"):F1}, 7Be {r.Value("Be7"):F2} +- {r.Error("Be7"):F2}, light yield {r.Value("light_yield"):F1}, v1 {r.Value("resolution_v1"):F2}, sigma_d {r.Value("resolution_sigma_d"):F1}; mismatch deviance {fit.Deviance:F1}"));
        Assert.That(r.IsValid, r.Message);
        // Measured: pp 137.4 +- 4.4, 7Be 48.69 +- 0.42 at light yield 535.9 (the data fit: 533.0), v1 0.58, sigma_d 0.0;
        // mismatch deviance 204 over 858 bins (the curve carries Borexino's Monte Carlo bin structure). Errors here are
        // those of an exposure-sized Asimov set, so the comparison uses Borexino's published errors.
        Assert.That(r.Value("Be7"), Is.EqualTo(48.3).Within(2 * 1.1), "7Be against Borexino's 48.3 +- 1.1");
        Assert.That(r.Value("pp"), Is.EqualTo(134).Within(2 * 10), "pp against Borexino's 134 +- 10");
        // The light yield at which our electrons sit where Borexino's Monte Carlo puts them is the reference scale of
        // Borexino's nominal energy axis, on which the external-gamma shapes are placed (BorexinoEnergyAxis).
        Assert.That(r.Value("light_yield"), Is.EqualTo(BorexinoEnergyAxis.PhaseTwoLightYield).Within(0.005 * BorexinoEnergyAxis.PhaseTwoLightYield),
            "BorexinoEnergyAxis.PhaseTwoLightYield is this fit's light yield");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
