namespace SpectralFit.Plotting;

/// <summary>
/// A fitted spectrum in counts per bin: the data, the total model and each component, on the same
/// bins (<see cref="Edges"/> has one more entry than each content array).
/// </summary>
public sealed record SpectrumPlotData(
    string Title,
    string XLabel,
    IReadOnlyList<double> Edges,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Total,
    IReadOnlyList<NamedCurve> Components,
    string YLabel = "events / bin");
