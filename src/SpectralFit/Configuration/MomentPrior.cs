namespace SpectralFit.Configuration;

/// <summary>Prior on the magnetic moment for the Bayesian 90% C.L. limit (physics.md §7).</summary>
public enum MomentPrior
{
    /// <summary>Flat in mu_eff.</summary>
    FlatMu,
    /// <summary>Flat in mu_eff^2 (the signal strength).</summary>
    FlatMu2,
}
