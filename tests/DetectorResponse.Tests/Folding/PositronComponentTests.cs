using DetectorResponse.Folding;
using DetectorResponse.Spectra;
using TestSupport;

namespace DetectorResponse.Tests.Folding;

public class PositronComponentTests
{
    /// <summary>Allowed beta+ spectrum of 11C (Q = 0.960 MeV, daughter Z = 5) with the nonrelativistic
    /// Fermi function F = 2 pi eta / (exp(2 pi eta) - 1), eta = Z alpha W / p (positron).</summary>
    private static EnergyHistogram C11Positrons()
    {
        const double q = 0.960, m = 0.51099895, alpha = 1 / 137.036;
        return FoldingTestModels.Shape(0, q, 480, t =>
        {
            double w = t + m, p = Math.Sqrt(t * (t + 2 * m));
            double eta = 5 * alpha * w / p, x = 2 * Math.PI * eta;
            return p * w * (q - t) * (q - t) * x / (Math.Exp(x) - 1);
        }, "C11 allowed beta+");
    }

    [Test]
    public void C11_RisingEdge_MatchesBorexinoPhase2Fit()
    {
        // Borexino's fitted 11C curve (PRD 100, 082004 (2019), Fig. 6a; phase2_fig6a_components.csv,
        // column C11): N_h where it rises through half of its maximum. Ours: positron light + two
        // quenched 511 keV gammas, default response. Measured: Borexino 411.7, ours 387.1 without shift
        // (24.6 hits = 0.06 MeV low: our Compton-cascade quenching of the 511 keV gammas, Q = 0.856, is
        // stronger than Borexino's MC implies); the free PositronShift absorbs it (0.06 MeV: 409.9).
        var rows = File.ReadLines(SharedData.Path("borexino/phase2_fig6a_components.csv"))
            .Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split(','))
            .Select(f => (Nh: double.Parse(f[0]), C11: double.Parse(f[10]))).ToArray();
        double borexinoHalf = HalfRise(rows.Select(r => r.Nh).ToArray(), rows.Select(r => r.C11).ToArray());

        var folder = FoldingTestModels.NhFolder([new PositronSpectrumComponent("C11", C11Positrons())]);
        var output = new double[folder.BinCount];
        folder.Fold(new FoldingParameters(), output);
        double ourHalf = HalfRise(Enumerable.Range(93, folder.BinCount).Select(n => (double)n).ToArray(), output);
        folder.Fold(new FoldingParameters { PositronShift = 0.06 }, output);
        double shiftedHalf = HalfRise(Enumerable.Range(93, folder.BinCount).Select(n => (double)n).ToArray(), output);
        TestContext.Out.WriteLine($"11C half-rise: Borexino N_h {borexinoHalf:F1}, ours {ourHalf:F1}, shifted by 0.06 MeV {shiftedHalf:F1}");
        Assert.That(ourHalf, Is.EqualTo(borexinoHalf).Within(30));
        Assert.That(shiftedHalf, Is.EqualTo(borexinoHalf).Within(3));
    }

    private static double HalfRise(double[] nh, double[] y)
    {
        double max = y.Max();
        for (int i = 1; i < y.Length; i++)
            if (y[i] >= 0.5 * max)
                return nh[i - 1] + (0.5 * max - y[i - 1]) / (y[i] - y[i - 1]) * (nh[i] - nh[i - 1]);
        return double.NaN;
    }
}
