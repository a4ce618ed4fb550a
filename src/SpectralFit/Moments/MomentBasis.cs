namespace SpectralFit.Moments;

/// <summary>The basis a moment matrix or a neutrino state is written in.</summary>
public enum MomentBasis
{
    /// <summary>Rows/columns e, mu, tau.</summary>
    Flavour,

    /// <summary>Rows/columns 1, 2, 3 (mass eigenstates).</summary>
    Mass,
}
