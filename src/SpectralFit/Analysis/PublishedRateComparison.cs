namespace SpectralFit.Analysis;

/// <summary>
/// One rate of this fit beside Borexino's published Phase-II value (<see cref="PublishedPhase2.Compare"/>).
/// </summary>
/// <param name="Name">Fit-parameter name (pp, Be7, C14, ...; ext_K40 for one gamma of a combined "external").</param>
/// <param name="Value">This fit's value, or null when the component is not in the fit.</param>
/// <param name="Error">Its 1-sigma error (null when fixed or not in the fit).</param>
/// <param name="Basis">Where the value comes from: "fitted", "fixed", "SSM (fixed)", "share of external" or "not in this fit".</param>
/// <param name="Published">Borexino's value (same unit).</param>
/// <param name="PublishedError">Borexino's 1-sigma error.</param>
/// <param name="Unit">cpd/100t, or Bq/100t for 14C.</param>
/// <param name="Pull">(value - published) / sqrt(error^2 + published error^2) for a fitted rate that means what
/// Borexino's means; null otherwise (see <paramref name="Note"/>).</param>
/// <param name="Note">Why there is no pull, or empty.</param>
public sealed record PublishedRateComparison(
    string Name,
    double? Value,
    double? Error,
    string Basis,
    double Published,
    double PublishedError,
    string Unit,
    double? Pull,
    string Note)
{
    /// <summary>Systematic uncertainty from the analysis choices (weighted rms over the systematics configurations), or null.</summary>
    public double? Systematic { get; init; }

    /// <summary>The pull with <see cref="Systematic"/> added in quadrature to this fit's error, or null.</summary>
    public double? PullWithSystematic { get; init; }
}
