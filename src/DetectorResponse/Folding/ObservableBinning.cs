using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// Bins of the observable (an energy estimator, e.g. N_h) into which spectra are folded: N+1
/// strictly increasing edges in estimator units. For integer estimators use <see cref="Integers"/>:
/// the bin of value k spans [k - 1/2, k + 1/2) (continuity correction of the Gaussian kernel).
/// </summary>
public sealed class ObservableBinning
{
    private readonly double[] _edges;

    public ObservableBinning(IReadOnlyList<double> edges, string source = "observable binning")
    {
        if (edges.Count < 2)
            throw new UserInputException($"{source}: need at least 2 bin edges, got {edges.Count}");
        for (int i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]))
                throw new UserInputException($"{source}: edge {i} is not finite ({edges[i]})");
            if (i > 0 && !(edges[i] > edges[i - 1]))
                throw new UserInputException($"{source}: edges must increase strictly (edge {i - 1} = {edges[i - 1]}, edge {i} = {edges[i]})");
        }
        _edges = [.. edges];
    }

    /// <summary>One bin per integer value first..last (e.g. N_h 93-950: 858 bins).</summary>
    public static ObservableBinning Integers(int first, int last)
    {
        if (last < first)
            throw new UserInputException($"observable range: last ({last}) must not be below first ({first})");
        var edges = new double[last - first + 2];
        for (int i = 0; i < edges.Length; i++)
            edges[i] = first - 0.5 + i;
        return new ObservableBinning(edges, $"integer bins {first}-{last}");
    }

    public int Count => _edges.Length - 1;

    public ReadOnlySpan<double> Edges => _edges;

    public double Lower => _edges[0];

    public double Upper => _edges[^1];

    /// <summary>Index of the first edge &gt;= x (Count + 1 if none).</summary>
    internal int FirstEdgeAtOrAbove(double x)
    {
        int lo = 0, hi = _edges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_edges[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
