namespace SpectralFit.Systematics;

/// <summary>
/// How each configuration's profile L_c(mu) is normalized before the weighted sum
/// P(mu) = sum_c w_c Lhat_c(mu) (see <see cref="SystematicsCombination"/>).
/// </summary>
public enum ProfileNormalization
{
    /// <summary>
    /// Lhat_c = L_c(mu) / L_c(0) (default). Then P(mu) is proportional to sum_c P(c) L_c(mu): the
    /// prior-weighted average of the absolute likelihoods, each configuration counted once.
    /// </summary>
    AtZero,

    /// <summary>
    /// Lhat_c = L_c(mu) / max L_c = exp(-Delta_c(mu)/2): each profile relative to its own best fit,
    /// then weighted by w_c. Offered to compare with analyses that sum normalized profiles.
    /// </summary>
    AtMaximum,
}
