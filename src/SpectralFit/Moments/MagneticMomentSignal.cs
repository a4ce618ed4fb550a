using SolarFlux;
using SolarFlux.CrossSections;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SpectralFit.Moments;

/// <summary>
/// Where a detector's magnetic-moment signal comes from: weights per species and neutrino energy proportional to
/// the magnetic-moment recoil rate inside a recoil window,
/// w(E) = Phi s(E) integral_window dsigma_MM/dT dT, with (physics.md §4)
/// integral_{T1}^{T2'} pi r_e^2 (1/T - 1/E) dT = pi r_e^2 [ln(T2'/T1) - (T2' - T1)/E], T2' = min(T2, T_max(E)).
/// The weights feed <see cref="SolarSignalAverage"/> (only their ratios matter; they are in cm^2 s^-1 per mu_B^2).
/// </summary>
public static class MagneticMomentSignal
{
    /// <summary>Continuum points per species (the weights vary smoothly; 200 points change P_ej by &lt; 1e-6).</summary>
    public const int DefaultContinuumPoints = 200;

    /// <summary>integral of dsigma_MM/dT over the window for mu = 1 mu_B [cm^2]; 0 when T_max(E) &lt;= T_min.</summary>
    public static double WindowCrossSection(double neutrinoEnergy, RecoilWindow window)
    {
        double tMax = Math.Min(window.Max, ElectronScattering.MaxRecoilEnergy(neutrinoEnergy));
        if (!(tMax > window.Min))
            return 0.0;
        return MagneticMomentScattering.PiElectronRadiusSquared
               * (Math.Log(tMax / window.Min) - (tMax - window.Min) / neutrinoEnergy);
    }

    /// <summary>Signal points of one species (lines and continuum) with flux <paramref name="flux"/> [cm^-2 s^-1].</summary>
    public static IReadOnlyList<WeightedNeutrino> Weights(NeutrinoSpecies species, NeutrinoSpectrum spectrum, double flux,
        RecoilWindow window, int continuumPoints = DefaultContinuumPoints)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var points = new List<WeightedNeutrino>();
        double lineFraction = 0;
        foreach (var line in spectrum.Lines)
        {
            lineFraction += line.Fraction;
            points.Add(new WeightedNeutrino(species, line.Energy, flux * line.Fraction * WindowCrossSection(line.Energy, window)));
        }
        // The continuum above the lowest energy that can give a recoil inside the window.
        double eLow = Math.Max(spectrum.MinEnergy, ElectronScattering.MinNeutrinoEnergy(window.Min));
        double eHigh = spectrum.MaxEnergy;
        if (lineFraction < 1 - 1e-9 && eHigh > eLow)
        {
            var grid = new double[continuumPoints];
            for (int i = 0; i < continuumPoints; i++)
                grid[i] = eLow + (eHigh - eLow) * i / (continuumPoints - 1);
            points.AddRange(SolarSignalAverage.FromDensity(species, grid,
                e => flux * spectrum.ContinuumDensity(e) * WindowCrossSection(e, window)));
        }
        return points;
    }

    /// <summary>Signal points of every species with its SSM flux.</summary>
    public static IReadOnlyList<WeightedNeutrino> AllSpecies(SsmFluxes fluxes, RecoilWindow window)
    {
        ArgumentNullException.ThrowIfNull(fluxes);
        return SpeciesNames.All
            .SelectMany(s => Weights(s, SolarNeutrinoSpectra.For(s), fluxes.Flux(s), window))
            .ToList();
    }
}
