using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;

namespace DetectorResponse.Tests.Folding;

/// <summary>Small synthetic components and a shared folder (building the light tables takes ~0.1 s).</summary>
internal static class FoldingTestModels
{
    public const double Kb = 0.0115;

    public static readonly ChargedLeptonLight Electrons = ChargedLeptonLight.Electrons(Kb);
    public static readonly ChargedLeptonLight Positrons = ChargedLeptonLight.Positrons(Kb);
    public static readonly GammaQuenching Gammas = new(Electrons, 1.0);

    /// <summary>A histogram of f(T) on n equal bins over [lo, hi] (content = f(centre) x width).</summary>
    public static EnergyHistogram Shape(double lo, double hi, int n, Func<double, double> f, string name)
    {
        var edges = new double[n + 1];
        var contents = new double[n];
        for (int i = 0; i <= n; i++)
            edges[i] = lo + (hi - lo) * i / n;
        for (int i = 0; i < n; i++)
            contents[i] = Math.Max(0, f(0.5 * (edges[i] + edges[i + 1]))) * (edges[i + 1] - edges[i]);
        return new EnergyHistogram(edges, contents, name);
    }

    /// <summary>Beta-like shape T^0.5 (Q - T)^2 with total 1000.</summary>
    public static EnergyHistogram BetaLike(double q, string name)
    {
        var h = Shape(0, q, 400, t => Math.Sqrt(t) * (q - t) * (q - t), name);
        double total = h.Total;
        return new EnergyHistogram(h.Edges.ToArray(), h.Contents.ToArray().Select(c => c * 1000 / total).ToArray(), name);
    }

    public static FoldingComponent[] ReferenceComponents() =>
    [
        new ElectronSpectrumComponent("C14", BetaLike(0.156, "C14")),
        new ElectronSpectrumComponent("Be7", Shape(0, 0.665, 300, t => 1.0, "Be7-like box")),
        new ElectronSpectrumComponent("Bi210", BetaLike(1.162, "Bi210")),
        new PositronSpectrumComponent("C11", BetaLike(0.960, "C11")),
        new GaussianPeakComponent("Po210", 500),
    ];

    public static SpectrumFolder NhFolder(FoldingComponent[] components) =>
        new(Electrons, Positrons, Gammas, DetectorResponse.Estimators.EnergyEstimator.Nh,
            ObservableBinning.Integers(93, 950), components);
}
