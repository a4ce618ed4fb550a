namespace SpectralFit.Plotting;

/// <summary>A labelled array of values (one per bin or per x point), the plain input of the analysis plots.</summary>
public sealed record NamedCurve(string Label, IReadOnlyList<double> Values);
