using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// A spectrum in electron kinetic energy T [MeV] (recoil electrons, beta-decay electrons), or in
/// electron-equivalent kinetic energy (external gammas: the T of the single electron giving the same
/// light). Quenched by Birks, plus Cherenkov light, then folded with the estimator response.
/// </summary>
public sealed class ElectronSpectrumComponent : FoldingComponent
{
    public ElectronSpectrumComponent(string name, EnergyHistogram kineticEnergySpectrum) : base(name)
    {
        if (kineticEnergySpectrum.Low(0) < 0)
            throw new UserInputException($"{name} ({kineticEnergySpectrum.Source}): kinetic energies must be >= 0 MeV, first edge is {kineticEnergySpectrum.Low(0)}");
        Spectrum = kineticEnergySpectrum;
    }

    public EnergyHistogram Spectrum { get; }

    public override double Total => Spectrum.Total;
}
