using DetectorResponse.Data;
using SolarFlux.Common;
using SpectralFit.Plotting;

namespace SpectralFit.Analysis;

/// <summary>
/// Our best-fit components beside Borexino's own fitted curves on the Phase-II spectrum (Fig. 6a of arXiv:1707.09279,
/// <see cref="Phase2ComponentCurves"/>), one figure per Borexino component, both in events per bin of the fit at the
/// respective best fits (not rescaled): shape and rate differences show together. Borexino's curves are summed into
/// the fit's bins by N_h; needs a fit in N_h.
/// </summary>
public static class ComponentComparison
{
    /// <summary>Which of our components make up each of Borexino's curves ("solar" is drawn as one curve in Fig. 6a).</summary>
    public static IReadOnlyDictionary<string, string[]> OurComponents { get; } = new Dictionary<string, string[]>
    {
        ["C14"] = ["C14"],
        ["pileup"] = ["pileup"],
        ["Po210"] = ["Po210"],
        ["Kr85"] = ["Kr85"],
        ["Bi210"] = ["Bi210"],
        ["C11"] = ["C11"],
        ["ext"] = ["ext_K40", "ext_Bi214", "ext_Tl208", "external"],
        ["solar"] = ["pp", "Be7", "pep", "CNO", "B8", "hep", "N13", "O15", "F17"],
    };

    public static IReadOnlyList<ComparedComponent> Build(FitOutcome fit, Phase2ComponentCurves curves)
    {
        var spectrum = BestFitSpectrum.Of(fit);
        if (!string.Equals(spectrum.Estimator, "nh", StringComparison.OrdinalIgnoreCase))
            throw new UserInputException($"{curves.Source}: Borexino's Fig. 6a curves are in N_h; this fit uses the estimator '{spectrum.Estimator}'");
        var edges = spectrum.Edges;
        int n = edges.Length - 1;
        var ours = spectrum.Components.ToDictionary(c => c.Label, c => c.Values);
        var result = new List<ComparedComponent>();
        foreach (string name in curves.Components)
        {
            var bx = new double[n];
            var curve = curves.Curve(name);
            for (int r = 0; r < curves.Nh.Count; r++)
            {
                // Row N_h of Borexino's tables holds [N_h - 1, N_h) (Phase2SpectrumReader); N_h - 1/2 lies inside
                // that bin, and inside [N_h - 1/2, N_h + 1/2) for data binned around the integers.
                int bin = BinOf(edges, curves.Nh[r] - 0.5);
                if (bin >= 0)
                    bx[bin] += curve[r];
            }
            var mine = new double[n];
            foreach (string c in OurComponents.GetValueOrDefault(name, [name]))
                if (ours.TryGetValue(c, out var values))
                    for (int i = 0; i < n; i++)
                        mine[i] += values[i];
            result.Add(new ComparedComponent(name, mine.Sum(), bx.Sum(), Plot(name, edges, bx, mine)));
        }
        return result;
    }

    private static int BinOf(double[] edges, double x)
    {
        if (x < edges[0] || x >= edges[^1])
            return -1;
        int i = Array.BinarySearch(edges, x);
        return i >= 0 ? i : ~i - 1;
    }

    private static Figure Plot(string name, double[] edges, double[] borexino, double[] ours)
    {
        double max = Math.Max(borexino.DefaultIfEmpty(0).Max(), ours.DefaultIfEmpty(0).Max());
        int first = 0, last = borexino.Length - 1;
        if (max > 0)
        {
            bool Visible(int i) => borexino[i] > 1e-3 * max || ours[i] > 1e-3 * max;
            first = Math.Max(Enumerable.Range(0, borexino.Length).First(Visible) - 10, 0);
            last = Math.Min(Enumerable.Range(0, borexino.Length).Last(Visible) + 10, borexino.Length - 1);
        }
        var shown = edges[first..(last + 2)];
        var panel = new Panel(new Axis("events per bin"),
        [
            new StepSeries(shown, borexino[first..(last + 1)], $"Borexino fit (Fig. 6a): {borexino.Sum():F0} events", PlotColor.Black),
            new StepSeries(shown, ours[first..(last + 1)], $"this fit: {ours.Sum():F0} events", PlotColor.Red),
        ]);
        return new Figure($"{name}: this fit vs Borexino's (PRD 100, 082004 (2019), Fig. 6a)", new Axis("N_h"), [panel]);
    }
}
