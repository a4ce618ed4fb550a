namespace SpectralFit.Configuration;

/// <summary>Pile-up model; <paramref name="TemplatePath"/> (absolute) only for the synthetic model, optional.</summary>
public sealed record PileupSpec(PileupModel Model, string? TemplatePath);
