namespace SpectralFit.Toys;

/// <summary>
/// Outcome of a toy study: pull summaries of the free parameters (valid fits only), the raw pulls
/// per parameter, the toy limits and their band (when a parameter of interest was given).
/// </summary>
public sealed record ToyStudyResult
{
    public required int Toys { get; init; }

    /// <summary>Toys whose fit was not valid (excluded from the pulls).</summary>
    public required int FailedFits { get; init; }

    public required IReadOnlyList<PullSummary> Pulls { get; init; }

    /// <summary>Pulls per parameter name, in toy order (valid fits only).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<double>> PullValues { get; init; }

    public required IReadOnlyList<double> Limits { get; init; }

    public LimitBand? Band { get; init; }

    public PullSummary Pull(string parameterName) => Pulls.Single(p => p.ParameterName == parameterName);
}
