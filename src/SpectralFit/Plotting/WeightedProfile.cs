namespace SpectralFit.Plotting;

/// <summary>One systematics configuration's likelihood profile (on the common scan) and its weight w_c.</summary>
public sealed record WeightedProfile(string Label, double Weight, IReadOnlyList<double> Likelihood);
