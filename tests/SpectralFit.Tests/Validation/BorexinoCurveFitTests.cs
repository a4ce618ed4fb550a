using System.Globalization;
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
/// definition or shape problem from what the data themselves prefer: on the data the same model puts 7Be at ~60,
/// 85Kr at ~0 (README.md, 'Reproducing Borexino').
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
        var config = FitConfigurationLoader.Load(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath),
            ["dataset:path=" + data, "dataset:format=spectralfit"]);
        var fit = new FitService().Fit(SpectralModelBuilder.Build(config, DatasetLoader.Load(config)));
        var r = fit.Result;

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
        // Measured (aliasing modelled, external shapes on Borexino's nominal axis, all three external rates free):
        // pp 119 +- 11, 7Be 50.3 +- 1.8, 85Kr 3.4 +- 1.8, 210Bi 18.3 +- 1.7, 210Po 256.5 +- 0.8, pile-up 136.7, each within
        // 1.3 combined sigma of Borexino's; mismatch deviance 189 (352 with smooth bins and the old external axis: the
        // rest is Monte Carlo bin structure our uniform live-PMT range does not follow). Not asserted: 14C 46.7 +- 1.7
        // against 40 +- 2 (+2.6 sigma: to give the curve's 14C tail above N_h 93 our model needs more 14C at this
        // curve's resolution), and the external rates (208Tl 2.1 against 3.3): Borexino's external-rate convention
        // differs from ours (README.md, Reproducing Borexino).
        foreach (var (name, value, error) in published.Where(p => p.Name is "pp" or "Be7" or "Kr85" or "Bi210" or "Po210" or "pileup"))
        {
            double combined = Math.Sqrt(error * error + r.Error(name) * r.Error(name));
            Assert.That(Math.Abs(r.Value(name) - value), Is.LessThan(2 * combined), name);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
