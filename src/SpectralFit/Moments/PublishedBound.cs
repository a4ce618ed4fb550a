namespace SpectralFit.Moments;

/// <summary>A published upper limit on a neutrino magnetic moment.</summary>
/// <param name="Experiment">Experiment or analysis name.</param>
/// <param name="Category">Kind of source.</param>
/// <param name="Quantity">What is bounded, e.g. "mu(anti-nu_e)", "mu_eff (solar)".</param>
/// <param name="Limit">Upper limit [mu_B].</param>
/// <param name="ConfidenceLevel">As published, e.g. "90% C.L.", "3 sigma".</param>
/// <param name="Source">Journal reference.</param>
public sealed record PublishedBound(
    string Experiment, BoundCategory Category, string Quantity, double Limit, string ConfidenceLevel, string Source);
