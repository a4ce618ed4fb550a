using SolarFlux.Common;

namespace DetectorResponse.Quenching;

/// <summary>
/// Birks' law of ionization quenching (J.B. Birks, Proc. Phys. Soc. A 64, 874 (1951)): the
/// scintillation light of a particle of kinetic energy T, in units of the light of an unquenched
/// MeV, is E_q(T) = integral_0^T dE / (1 + kB dE/dx(E)). kB is fixed per instance (precomputed
/// table, Hermite-interpolated), so fits that keep kB at its central value pay nothing per call.
/// </summary>
public sealed class BirksQuenching
{
    /// <summary>Allowed Birks constants [cm/MeV]. Pseudocumene: 0.0109-0.0115 (physics.md §6);
    /// 0 switches quenching off (E_q = T).</summary>
    public const double MinKb = 0.0, MaxKb = 0.03;

    /// <summary>Kinetic energies [MeV] covered by the table.</summary>
    public const double MaxEnergy = 20.0;

    private readonly CumulativeIntegralTable _table;

    private BirksQuenching(double kb, Func<double, double> stoppingPower, string particle)
    {
        if (!double.IsFinite(kb) || kb < MinKb || kb > MaxKb)
            throw new UserInputException($"Kb (Birks constant): expected {MinKb} to {MaxKb} cm/MeV (pseudocumene 0.0109-0.0115), got {kb}");
        Kb = kb;
        Particle = particle;
        _table = new CumulativeIntegralTable(e => 1.0 / (1.0 + kb * stoppingPower(e)), MaxEnergy);
    }

    /// <summary>Quenching of electrons in the given medium.</summary>
    public static BirksQuenching ForElectrons(double kb, ElectronStoppingPower medium) =>
        new(kb, medium.Electron, "electron");

    /// <summary>Quenching of positrons (kinetic energy only; annihilation gammas are separate).</summary>
    public static BirksQuenching ForPositrons(double kb, ElectronStoppingPower medium) =>
        new(kb, medium.Positron, "positron");

    /// <summary>Birks constant kB [cm/MeV].</summary>
    public double Kb { get; }

    /// <summary>"electron" or "positron".</summary>
    public string Particle { get; }

    /// <summary>Quenched energy E_q(T) [MeV] for kinetic energy T [MeV] in [0, MaxEnergy].</summary>
    public double QuenchedEnergy(double kineticEnergy)
    {
        if (!(kineticEnergy >= 0 && kineticEnergy <= MaxEnergy))
            throw new ArgumentOutOfRangeException(nameof(kineticEnergy), kineticEnergy, $"expected 0 to {MaxEnergy} MeV");
        return _table.Value(kineticEnergy);
    }

    /// <summary>Quenching factor E_q(T)/T for T &gt; 0.</summary>
    public double QuenchingFactor(double kineticEnergy)
    {
        if (!(kineticEnergy > 0))
            throw new ArgumentOutOfRangeException(nameof(kineticEnergy), kineticEnergy, "expected T > 0");
        return QuenchedEnergy(kineticEnergy) / kineticEnergy;
    }
}
