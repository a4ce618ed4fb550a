namespace SpectralFit.Configuration;

/// <summary>The parameter of interest mu_eff.</summary>
/// <param name="Reference">Moment (mu_B) at which the signal template is computed; the signal scales as (mu/Reference)^2.</param>
public sealed record MagneticMomentSpec(double Reference, MomentScan Scan, MomentPrior Prior);
