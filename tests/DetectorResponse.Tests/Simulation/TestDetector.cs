using DetectorResponse.Simulation;
using DetectorResponse.Spectra;

namespace DetectorResponse.Tests.Simulation;

/// <summary>Small detector and spectra for Monte Carlo tests (test shapes, not physics spectra).</summary>
public static class TestDetector
{
    /// <summary>nh: 390/MeV; npmts: saturating 1700 (1 - exp(-500 E/1700)).</summary>
    public static DetectorMonteCarlo Create() => new(
    [
        new SimulatedEstimator("nh", e => 390 * e, 0.1, 0.012, 2),
        new SimulatedEstimator("npmts", e => 1700 * (1 - Math.Exp(-500 * e / 1700)), 0.05, 0.012, 1.5),
    ]);

    /// <summary>A beta-like shape T (Q - T)^2 on equal bins in [0, Q] [MeV].</summary>
    public static EnergyHistogram BetaLike(double q, int bins = 200)
    {
        var edges = Enumerable.Range(0, bins + 1).Select(i => q * i / bins).ToArray();
        var contents = Enumerable.Range(0, bins).Select(i =>
        {
            double t = q * (i + 0.5) / bins;
            return t * (q - t) * (q - t);
        }).ToArray();
        return new EnergyHistogram(edges, contents, $"beta-like Q={q}");
    }

    public static double[] IntegerBins(int first, int last) =>
        Enumerable.Range(first, last - first + 2).Select(n => n - 0.5).ToArray();

    public static Dictionary<string, double[]> Binning(int nhFirst = 60, int nhLast = 900) => new()
    {
        ["nh"] = IntegerBins(nhFirst, nhLast),
        ["npmts"] = IntegerBins(nhFirst, nhLast),
    };
}
