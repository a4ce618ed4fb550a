using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// A beta+ emitter such as 11C: positron kinetic-energy spectrum T [MeV]; each event also carries the
/// light of the annihilation gammas (two 0.511 MeV gammas, quenched as Compton cascades), so the
/// visible spectrum starts near 0.8 MeV. The whole component can be shifted in visible energy by the
/// free parameter <see cref="FoldingParameters.PositronShift"/> (the "starting point of the 11C
/// spectrum", physics.md §7).
/// </summary>
public sealed class PositronSpectrumComponent : FoldingComponent
{
    public PositronSpectrumComponent(string name, EnergyHistogram positronKineticEnergySpectrum, int annihilationGammas = 2) : base(name)
    {
        if (positronKineticEnergySpectrum.Low(0) < 0)
            throw new UserInputException($"{name} ({positronKineticEnergySpectrum.Source}): kinetic energies must be >= 0 MeV, first edge is {positronKineticEnergySpectrum.Low(0)}");
        if (annihilationGammas is < 0 or > 2)
            throw new UserInputException($"{name}: annihilation gammas must be 0, 1 or 2, got {annihilationGammas}");
        Spectrum = positronKineticEnergySpectrum;
        AnnihilationGammas = annihilationGammas;
    }

    public EnergyHistogram Spectrum { get; }

    public int AnnihilationGammas { get; }

    public override double Total => Spectrum.Total;
}
