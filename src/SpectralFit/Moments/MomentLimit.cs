namespace SpectralFit.Moments;

/// <summary>An upper limit on one moment (units of the input mu_eff limit) and the mixing scenario that set it.</summary>
public readonly record struct MomentLimit(double Value, string Scenario);
