namespace SpectralFit.Configuration;

/// <summary>Energy estimators of a Borexino-like detector (physics.md §6).</summary>
public enum EnergyEstimator
{
    /// <summary>N_pe: collected charge in photoelectrons.</summary>
    Npe,
    /// <summary>N_h: number of hits (the public Phase-II spectrum).</summary>
    Nh,
    /// <summary>N_pmts: number of PMTs hit.</summary>
    Npmts,
    /// <summary>N_pmts in a fixed 230 ns window.</summary>
    NpmtsDt1,
    /// <summary>N_pmts in a fixed 400 ns window.</summary>
    NpmtsDt2,
}
