namespace SpectralFit.Reports;

/// <summary>One systematics configuration: prior P(c), weight w_c, and its own limit (NaN when not computed).</summary>
public sealed record ConfigurationWeight(string Configuration, double Prior, double Weight, double UpperLimit90);
