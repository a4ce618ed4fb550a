using SpectralFit.Profiles;

namespace SpectralFit.Systematics;

/// <summary>
/// Outcome of <see cref="SystematicsCombination.Combine"/>: the normalized weights w_c, each
/// configuration's own limit, and the combined profile P(mu) (stored as a <see cref="ProfileScan"/>
/// with deviances -2 ln P(mu), so P(0) = 1) with its limit.
/// </summary>
public sealed record SystematicsResult
{
    public required IReadOnlyList<ConfigurationProfile> Configurations { get; init; }

    /// <summary>w_c, normalized to sum 1, in configuration order.</summary>
    public required IReadOnlyList<double> Weights { get; init; }

    public required IReadOnlyList<BayesianLimit> ConfigurationLimits { get; init; }

    public required ProfileScan CombinedProfile { get; init; }

    public required BayesianLimit CombinedLimit { get; init; }

    /// <summary>Problems of individual configurations (e.g. a global fit that did not converge), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
