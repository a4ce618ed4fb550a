namespace SolarFlux;

/// <summary>Physical constants used across the signal chain, with their sources.</summary>
public static class PhysicalConstants
{
    /// <summary>Electron mass [MeV] (CODATA 2018).</summary>
    public const double ElectronMass = 0.51099895;

    /// <summary>Fermi constant G_F/(hbar c)^3 [GeV^-2] (PDG 2016).</summary>
    public const double FermiConstantGeV = 1.1663787e-5;

    /// <summary>Fine-structure constant (CODATA 2018).</summary>
    public const double FineStructure = 1.0 / 137.035999084;

    /// <summary>hbar c [MeV cm] (CODATA 2018).</summary>
    public const double HbarC = 1.973269804e-11;

    /// <summary>Classical electron radius [cm] (CODATA 2018).</summary>
    public const double ClassicalElectronRadius = 2.8179403262e-13;

    /// <summary>Avogadro's number [1/mol] (CODATA 2018, exact).</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>sin^2 theta_W (MS-bar) used with the BKS radiative corrections (physics.md §4).</summary>
    public const double SinSqThetaW = 0.2312;

    /// <summary>Target electrons per 100 t of Borexino scintillator, pseudocumene + PPO (physics.md §4).</summary>
    public const double BorexinoElectronsPer100t = 3.307e31;

    /// <summary>Seconds per day.</summary>
    public const double SecondsPerDay = 86400.0;

    /// <summary>1 SNU = 1e-36 captures per target atom per second.</summary>
    public const double Snu = 1e-36;
}
