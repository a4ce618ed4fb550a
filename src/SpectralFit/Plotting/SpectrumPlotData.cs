namespace SpectralFit.Plotting;

/// <summary>
/// A fitted spectrum: the data, the total model and each component, on the same bins
/// (<see cref="Edges"/> has one more entry than each content array). Without
/// <see cref="ObservedErrors"/> the contents are counts per bin with Poisson errors sqrt(n); with them
/// (e.g. rates in cpd/100t per bin) the given errors are drawn and used for the residuals.
/// </summary>
public sealed record SpectrumPlotData(
    string Title,
    string XLabel,
    IReadOnlyList<double> Edges,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Total,
    IReadOnlyList<NamedCurve> Components,
    string YLabel = "events / bin",
    IReadOnlyList<double>? ObservedErrors = null);
