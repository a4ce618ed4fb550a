namespace SpectralFit.Profiles;

/// <summary>Prior on the parameter of interest for the Bayesian upper limit.</summary>
public enum LimitPrior
{
    /// <summary>Flat in the parameter mu (the Borexino choice for mu_nu).</summary>
    FlatInParameter,

    /// <summary>Flat in mu^2 (i.e. in the signal rate when the rate grows as mu^2): density proportional to mu.</summary>
    FlatInSquare,
}
