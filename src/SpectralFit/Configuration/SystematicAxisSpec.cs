namespace SpectralFit.Configuration;

/// <summary>A discrete systematic: a configuration key path and its alternatives.</summary>
public sealed record SystematicAxisSpec(string Key, IReadOnlyList<SystematicChoice> Choices);
