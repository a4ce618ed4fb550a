using SolarFlux.Common;

namespace DetectorResponse.Spectra;

/// <summary>
/// A binned spectrum: contiguous, sorted bin edges and the content of each bin (an integral over the
/// bin, e.g. counts or cpd/100t per bin). Used for true-energy spectra, templates from file and
/// observable spectra alike; the unit of the axis is stated by whoever builds it. Immutable.
/// </summary>
public sealed class EnergyHistogram
{
    private readonly double[] _edges;
    private readonly double[] _contents;

    /// <param name="edges">N+1 strictly increasing, finite bin edges.</param>
    /// <param name="contents">N finite, non-negative bin contents.</param>
    /// <param name="source">What this histogram is (file, component), for error messages.</param>
    public EnergyHistogram(IReadOnlyList<double> edges, IReadOnlyList<double> contents, string source = "histogram")
    {
        if (edges.Count < 2)
            throw new UserInputException($"{source}: a histogram needs at least one bin (got {edges.Count} edges)");
        if (contents.Count != edges.Count - 1)
            throw new UserInputException($"{source}: {edges.Count} edges need {edges.Count - 1} contents, got {contents.Count}");
        for (int i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]))
                throw new UserInputException($"{source}: bin edge {i} is not finite ({edges[i]})");
            if (i > 0 && !(edges[i] > edges[i - 1]))
                throw new UserInputException($"{source}: bin edges must increase strictly (edge {i - 1} = {edges[i - 1]}, edge {i} = {edges[i]})");
        }
        for (int i = 0; i < contents.Count; i++)
        {
            if (!double.IsFinite(contents[i]) || contents[i] < 0)
                throw new UserInputException($"{source}: bin {i} content must be finite and >= 0 (got {contents[i]})");
        }
        _edges = [.. edges];
        _contents = [.. contents];
        Source = source;
    }

    public string Source { get; }

    public int Count => _contents.Length;

    public ReadOnlySpan<double> Edges => _edges;

    public ReadOnlySpan<double> Contents => _contents;

    public double Low(int bin) => _edges[bin];

    public double High(int bin) => _edges[bin + 1];

    public double Total
    {
        get
        {
            double s = 0;
            foreach (double c in _contents)
                s += c;
            return s;
        }
    }
}
