using System.Globalization;
using System.Text;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using SpectralFit.Profiles;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// The analytic N_h model (configs/borexino-phase2-nature2018.json, physics.md §7) fitted to Borexino's published
/// Phase-II spectrum (Nature 562, 505 (2018), Fig. 2a source data): fit quality against Borexino's own curve,
/// fitted rates against Borexino's Phase-II values (PRD 100, 082004 (2019); physics.md §6), and the 90% C.L.
/// limits on mu_nu without and with the gallium constraint (published: 2.8e-11 mu_B, PRD 96, 091103 (2017)).
/// One coarse profile (6 points, 0-5e-11 mu_B, no Hessian errors) per setting, the two run in parallel.
/// </summary>
[NonParallelizable]
public class BorexinoPhase2FitTests
{
    /// <summary>PROVENANCE.md: Borexino's published curve, Poisson deviance 1016 (1016.3 on the 853 non-empty bins, 1040.6 on all 858).</summary>
    private const double PublishedDeviance = 1016;

    private ProfileOutcome _withGallium = null!;
    private ProfileOutcome _withoutGallium = null!;

    [OneTimeSetUp]
    public void FitAndProfile()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        string path = SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath);
        string[] coarse = ["magnetic_moment:scan:max=5e-11", "magnetic_moment:scan:points=6"];
        var service = new ProfileService(new VariableMetricMinimizer(new MinimizerOptions { EdmGoal = 1e-3, ComputeErrors = false }));
        ProfileOutcome Run(params string[] overrides)
        {
            var config = FitConfigurationLoader.Load(path, [.. coarse, .. overrides]);
            return service.Profile(SpectralModelBuilder.Build(config, DatasetLoader.Load(config)));
        }
        var with = Task.Run(() => Run());
        var without = Task.Run(() => Run("constraints:gallium:enabled=false"));
        _withGallium = with.GetAwaiter().GetResult();
        _withoutGallium = without.GetAwaiter().GetResult();
    }

    [Test]
    public void Fit_PublishedSpectrum_DevianceWithin30PercentOfBorexinos()
    {
        var best = _withGallium.Best;
        var r = best.Result;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Poisson deviance {best.Deviance:F1} over {best.Bins} bins, {best.FreeParameters} free (Borexino's curve: 1016.3 on 853 non-empty bins, 1040.6 on 858); EDM {r.Edm:G2}, converged {r.Converged}"));
        // Borexino Phase-II (PRD 100, 082004 (2019); physics.md §6), cpd/100t (C14 Bq/100t).
        (string Name, double Value, double Error)[] published =
        [
            ("pp", 134, 10), ("Be7", 48.3, 1.1), ("C14", 40.0, 2.0), ("pileup", 137.5, 2.8), ("Kr85", 6.8, 1.8),
            ("Bi210", 17.5, 1.9), ("C11", double.NaN, double.NaN), ("Po210", 260, 3), ("external", 6.2, double.NaN),
        ];
        foreach (var (name, value, error) in published)
            text.AppendLine(Invariant($"{name,-10} {r.Value(name),8:F2}   Borexino {value,6:F1} +- {error:F1}"));
        foreach (string name in r.Names.Where(n => n.Contains('_') && !n.StartsWith("ext") && n != FitParameterFactory.MomentName))
            text.AppendLine(Invariant($"{name,-20} {r.Value(name):G4}"));
        text.AppendLine(Invariant($"mu_nu best fit {r.Value(FitParameterFactory.MomentName):F2}e-11 mu_B"));
        text.AppendLine(Invariant($"pile-up events in N_h 93-950: {InWindow(best, "pileup"):F0} (Borexino's Fig. 6a curve: 3681)"));
        text.Append(ResidualsByRegion(best));
        TestContext.Out.Write(text.ToString());

        Assert.That(double.IsFinite(best.Deviance) && !r.ReachedCallLimit, Is.True, r.Message);
        Assert.That(r.Edm, Is.LessThan(1e-2), "converged to EDM < 0.01");
        // Acceptance (issue D): within 30% of Borexino's 1016. Measured: see README.md, 'Reproducing Borexino'.
        Assert.That(best.Deviance, Is.LessThan(1.3 * PublishedDeviance));
        // With the aliasing of the N_h normalization modelled (dataset:pmt_normalization) and the external gammas on
        // Borexino's nominal energy axis, the fit is better than Borexino's own curve on the same bins. Measured (15 free + mu,
        // the external gammas as one rate, the 210Po peak with the detector resolution): 971.1 on all 858 bins (Borexino's
        // curve 1040.6), 945.0 on the 853 non-empty ones (Borexino's 1016.3); 947.4 / 922.0 with the free-width 210Po peak,
        // 1102.0 before the aliasing and external-axis fixes.
        Assert.That(best.Deviance, Is.LessThan(1040.6), "all 858 bins, Borexino's curve: 1040.6");
        Assert.That(best.Deviance - EmptyBinDeviance(best), Is.LessThan(PublishedDeviance), "853 non-empty bins, Borexino's curve: 1016.3");
        // Issue D: rates within 2 combined standard deviations of Borexino's Phase-II values (PRD 100, 082004 (2019)).
        // Our errors are those of the full fit (Hessian; this coarse profile computes none; README.md, Reproducing
        // Borexino): pp 10, 7Be 1.4, 14C 1.6, pile-up 2.8, 85Kr 1.6, 210Bi 1.3, 210Po 0.7. Measured (full fit): pp 133
        // (-0.1 sigma), 7Be 49.9 (+0.9), 14C 40.0 (0.0), pile-up 137.8 (+0.1), 85Kr 3.2 (-1.5), 210Bi 17.4 (-0.1), 210Po 257.1
        // (-0.9). (With the free-width 210Po peak 7Be was 54.3, +2.6, and 85Kr 0.9, -2.3: README.md, 'The 210Po peak
        // measures the electron resolution'.)
        (string Name, double Value, double Error, double OurError)[] within =
        [
            ("pp", 134, 10, 10), ("Be7", 48.3, 1.1, 1.4), ("C14", 40.0, 2.0, 1.6), ("pileup", 137.5, 2.8, 2.8),
            ("Kr85", 6.8, 1.8, 1.6), ("Bi210", 17.5, 1.9, 1.3), ("Po210", 260, 3, 0.7),
        ];
        foreach (var (name, value, error, ours) in within)
            Assert.That(r.Value(name), Is.EqualTo(value).Within(2 * Math.Sqrt(error * error + ours * ours)), name);
        // Pile-up events in the window against Borexino's fitted pile-up curve (Fig. 6a: 3681 events in N_h 93-950).
        Assert.That(InWindow(best, "pileup"), Is.EqualTo(3681).Within(0.35 * 3681), "pile-up events in N_h 93-950");
    }

    [Test]
    public void Limits_WithAndWithoutGallium_AreReportedAndGalliumPullsTowardsTheMeasurement()
    {
        double with = _withGallium.UpperLimit90, without = _withoutGallium.UpperLimit90;
        var gallium = _withGallium.Best.Fit.Gallium!;
        double snuWith = gallium.Predicted(_withGallium.Best.Result.Values.ToArray());
        double snuWithout = gallium.Predicted(_withoutGallium.Best.Result.Values.ToArray());
        TestContext.Out.WriteLine(Invariant($"mu_nu < {without:G3} mu_B without gallium, < {with:G3} mu_B with gallium (90% C.L., flat prior; Delta chi^2 = 2.71: {_withoutGallium.DeltaChiSquareLimit90:G3}, {_withGallium.DeltaChiSquareLimit90:G3}); published 2.8e-11"));
        TestContext.Out.WriteLine(Invariant($"predicted 71Ga rate: {snuWithout:F1} SNU without the constraint, {snuWith:F1} SNU with it (measured 66.1 +- 3.1)"));
        TestContext.Out.WriteLine(Invariant($"pp / 7Be: {_withoutGallium.Best.Result.Value("pp"):F1} / {_withoutGallium.Best.Result.Value("Be7"):F1} without, {_withGallium.Best.Result.Value("pp"):F1} / {_withGallium.Best.Result.Value("Be7"):F1} with"));

        // The constraint pulls the fitted pp and 7Be rates towards the measured capture rate (physics.md §7).
        Assert.That(Math.Abs(snuWith - 66.1), Is.LessThan(Math.Abs(snuWithout - 66.1)));
        // Both limits are of the published order (2.8e-11 mu_B). As in Borexino's analysis the constraint lowers the
        // limit (measured 2.79e-11 without, 2.03e-11 with on this coarse 6-point profile; 2.78e-11 and 2.03e-11 on 21 points, README.md 'Reproducing Borexino'); before the pile-up
        // prior (137.5 +- 2.8) could be applied it raised it (1.48e-11 -> 1.63e-11, pile-up free at ~300).
        Assert.That(without, Is.InRange(1e-11, 4e-11));
        Assert.That(with, Is.InRange(1e-11, 4e-11));
        // Issue D acceptance: the limit with the gallium constraint is smaller than without it.
        Assert.That(with, Is.LessThan(without));
    }

    /// <summary>Expected events of one model component in the fit window at the best fit.</summary>
    private static double InWindow(FitOutcome best, string component)
    {
        var model = best.Fit.Model;
        int n = model.BinCount, c = model.Amplitudes.Select(a => a.Name).ToList().IndexOf(component);
        var all = new double[model.Amplitudes.Count * n];
        model.ComponentExpected(best.Result.Values.ToArray(), all);
        return all.AsSpan(c * n, n).ToArray().Sum();
    }

    /// <summary>Deviance of the bins without events (2 mu each; the 5 empty bins of the published spectrum).</summary>
    private static double EmptyBinDeviance(FitOutcome best)
    {
        var mu = new double[best.Fit.Model.BinCount];
        best.Fit.Model.Expected(best.Result.Values.ToArray(), mu);
        return mu.Where((m, i) => best.Fit.Counts[i] == 0).Sum(m => 2 * m);
    }

    private static string ResidualsByRegion(FitOutcome best)
    {
        var model = best.Fit.Model;
        var mu = new double[model.BinCount];
        model.Expected(best.Result.Values.ToArray(), mu);
        var data = best.Fit.Counts;
        var text = new StringBuilder("deviance by N_h region:");
        for (int lo = 0; lo < mu.Length; lo += 100)
        {
            double d = 0;
            for (int i = lo; i < Math.Min(lo + 100, mu.Length); i++)
                d += PoissonDeviance.BinDeviance(mu[i], data[i]);
            text.Append(Invariant($" {93 + lo}-{Math.Min(92 + lo + 100, 950)}: {d:F0};"));
        }
        return text.AppendLine().ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
