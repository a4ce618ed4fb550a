using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>
/// An observed (or simulated) binned spectrum in one energy estimator: contiguous, strictly increasing
/// bin edges on the observable axis (e.g. N_h with integer-centred bins [n - 0.5, n + 0.5)), the event
/// count in each bin, and the exposure [day x 100 t] the counts correspond to. Immutable.
/// Counts are doubles so that published rate x exposure products and weighted MC can be represented,
/// but they must be finite and non-negative.
/// </summary>
public sealed class BinnedDataset
{
    private readonly double[] _edges;
    private readonly double[] _counts;
    private readonly KeyValuePair<string, string>[] _metadata;

    /// <param name="estimator">Name of the energy estimator (e.g. "Nh", "NpmtsDt1").</param>
    /// <param name="edges">N+1 strictly increasing, finite edges on the observable axis.</param>
    /// <param name="counts">N finite, non-negative counts.</param>
    /// <param name="exposure">Exposure in day x 100 t, finite and &gt; 0.</param>
    /// <param name="metadata">Optional free-form key/value pairs (source, description, seed, ...).</param>
    /// <param name="source">What this dataset is (file name), used in error messages.</param>
    public BinnedDataset(
        string estimator,
        IReadOnlyList<double> edges,
        IReadOnlyList<double> counts,
        double exposure,
        IEnumerable<KeyValuePair<string, string>>? metadata = null,
        string source = "dataset")
    {
        if (string.IsNullOrWhiteSpace(estimator) || estimator.Any(char.IsWhiteSpace))
            throw new UserInputException($"{source}: the estimator name must be one word, got '{estimator}'");
        if (edges.Count < 2)
            throw new UserInputException($"{source}: a dataset needs at least one bin (got {edges.Count} edges)");
        if (counts.Count != edges.Count - 1)
            throw new UserInputException($"{source}: {edges.Count} edges need {edges.Count - 1} counts, got {counts.Count}");
        for (int i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]))
                throw new UserInputException($"{source}: bin edge {i} is not finite ({edges[i]})");
            if (i > 0 && !(edges[i] > edges[i - 1]))
                throw new UserInputException($"{source}: bin edges must increase strictly (edge {i - 1} = {edges[i - 1]}, edge {i} = {edges[i]})");
        }
        for (int i = 0; i < counts.Count; i++)
        {
            if (!double.IsFinite(counts[i]) || counts[i] < 0)
                throw new UserInputException($"{source}: bin {i} count must be finite and >= 0 (got {counts[i]})");
        }
        if (!double.IsFinite(exposure) || exposure <= 0)
            throw new UserInputException($"{source}: exposure must be finite and > 0 day x 100 t (got {exposure})");

        var meta = (metadata ?? []).ToArray();
        foreach (var (key, value) in meta)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Contains(':') || key.Any(char.IsWhiteSpace))
                throw new UserInputException($"{source}: metadata key '{key}' must be one word without ':'");
            if (value.Contains('\n') || value.Contains('\r'))
                throw new UserInputException($"{source}: metadata '{key}' must be a single line");
            if (key is "estimator" or "exposure")
                throw new UserInputException($"{source}: metadata key '{key}' is reserved");
        }

        Estimator = estimator;
        _edges = [.. edges];
        _counts = [.. counts];
        Exposure = exposure;
        _metadata = meta;
        Source = source;
    }

    /// <summary>Energy estimator name, e.g. "Nh".</summary>
    public string Estimator { get; }

    /// <summary>Exposure in day x 100 t.</summary>
    public double Exposure { get; }

    /// <summary>Where the dataset came from (file), for messages.</summary>
    public string Source { get; }

    public int Count => _counts.Length;

    public ReadOnlySpan<double> Edges => _edges;

    public ReadOnlySpan<double> Counts => _counts;

    public double Low(int bin) => _edges[bin];

    public double High(int bin) => _edges[bin + 1];

    /// <summary>Free-form metadata in the order given (e.g. "source", "description", "seed").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata => _metadata;

    /// <summary>The metadata value for a key, or null.</summary>
    public string? Meta(string key)
    {
        foreach (var (k, v) in _metadata)
            if (k == key)
                return v;
        return null;
    }

    public double TotalCounts
    {
        get
        {
            double s = 0;
            foreach (double c in _counts)
                s += c;
            return s;
        }
    }

    /// <summary>The bins whose low edge is &gt;= low and high edge &lt;= high (a fit window), same exposure.</summary>
    public BinnedDataset Window(double low, double high)
    {
        int first = 0;
        while (first < Count && _edges[first] < low)
            first++;
        int last = Count - 1;
        while (last >= first && _edges[last + 1] > high)
            last--;
        if (last < first)
            throw new UserInputException($"{Source}: no bin lies inside the window [{low}, {high}]");
        return new BinnedDataset(Estimator, _edges[first..(last + 2)], _counts[first..(last + 1)], Exposure, _metadata, Source);
    }
}
