using SpectralFit.Modeling;
using SpectralFit.Plotting;

namespace SpectralFit.Analysis;

/// <summary>
/// Expected counts per observable bin at the best fit: the total and each component (a solar species' SM and
/// magnetic-moment parts summed), beside the observed counts. Shared by the spectrum plot and the "spectrum"
/// block of the JSON results.
/// </summary>
public sealed record BestFitSpectrum(string Estimator, double[] Edges, double[] Observed, double[] Total, IReadOnlyList<NamedCurve> Components)
{
    public static BestFitSpectrum Of(FitOutcome fit) => At(fit, fit.Result.Values.ToArray());

    /// <summary>The same at another parameter vector <paramref name="p"/> of the fit's model (e.g. with mu_nu changed).</summary>
    public static BestFitSpectrum At(FitOutcome fit, double[] p)
    {
        var model = fit.Fit.Model;
        int n = model.BinCount, k = model.Amplitudes.Count;
        var perComponent = new double[k * n];
        model.ComponentExpected(p, perComponent);
        var total = new double[n];
        model.Expected(p, total);
        var curves = new List<NamedCurve>();
        foreach (var group in model.Amplitudes.Select((a, c) => (Name: SpeciesOf(a.Name), c)).GroupBy(x => x.Name))
        {
            var sum = new double[n];
            foreach (var (_, c) in group)
                for (int i = 0; i < n; i++)
                    sum[i] += perComponent[c * n + i];
            curves.Add(new NamedCurve(group.Key, sum));
        }
        var data = fit.Fit.Observed.Data;
        return new BestFitSpectrum(data.Estimator, data.Edges.ToArray(), data.Counts.ToArray(), total, curves);
    }

    private static string SpeciesOf(string amplitude) =>
        amplitude.EndsWith("_mm", StringComparison.Ordinal) ? amplitude[..^3] : amplitude;
}
