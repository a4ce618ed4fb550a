namespace SpectralFit.Moments;

/// <summary>Dirac or Majorana neutrinos: decides the structure of the moment matrix and how it changes basis.</summary>
public enum NeutrinoNature
{
    /// <summary>mu and d hermitian; lambda~ = U^dagger lambda U.</summary>
    Dirac,

    /// <summary>lambda antisymmetric (transition moments only); lambda~ = U^T lambda U.</summary>
    Majorana,
}
