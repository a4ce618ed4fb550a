namespace SpectralFit.Moments;

/// <summary>Kind of experiment a published magnetic-moment bound comes from (they bound different combinations).</summary>
public enum BoundCategory
{
    /// <summary>Reactor anti-nu_e: a_+ = (1,0,0).</summary>
    Reactor,

    /// <summary>Accelerator / spallation source beams.</summary>
    Accelerator,

    /// <summary>Solar neutrinos: incoherent mass-state mixture.</summary>
    Solar,

    /// <summary>Plasmon decay in stars: sum_ij |mu_ij|^2 + |d_ij|^2.</summary>
    Astrophysics,
}
