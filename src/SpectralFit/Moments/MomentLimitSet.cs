namespace SpectralFit.Moments;

/// <summary>
/// Limits on individual moments implied by a limit on the solar effective moment, each with all other moments
/// set to zero: flavour moments (mu_e, mu_mu, mu_tau), Dirac diagonal mass-basis moments (mu_11, mu_22, mu_33) and
/// Majorana transition moments (mu_12, mu_13, mu_23).
/// </summary>
public sealed record MomentLimitSet(
    MomentLimit FlavourE, MomentLimit FlavourMu, MomentLimit FlavourTau,
    MomentLimit Dirac11, MomentLimit Dirac22, MomentLimit Dirac33,
    MomentLimit Majorana12, MomentLimit Majorana13, MomentLimit Majorana23);
