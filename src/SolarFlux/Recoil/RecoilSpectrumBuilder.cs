using SolarFlux.Common;
using SolarFlux.CrossSections;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SolarFlux.Recoil;

/// <summary>
/// Computes <see cref="RecoilSpectrum"/>s (physics.md §1, §4):
///   dR/dT = N_e Phi 86400 [ integral_{E_min(T)} dE s(E) dsigma_eff/dT(E, T) + sum_lines f_l dsigma_eff/dT(E_l, T) ],
///   dsigma_eff/dT = P_ee dsigma_e/dT + (1 - P_ee) dsigma_mu/dT (BKS-corrected Standard Model),
/// and the same with pi r_e^2 mu_ref^2 (1/T - 1/E) for the moment part.
/// Numerics: for each T the continuum integral runs from max(E_min(T), spectrum minimum) to the endpoint with
/// <see cref="EndpointQuadrature"/> (the change of variables crowds nodes at E_min(T), where the QED logarithm
/// sits, and at the endpoint); P_ee is tabulated once per species. With <see cref="DefaultQuadrature"/> (3 panels x
/// 8 points) the relative error against a 64 x 20-point reference is below 1e-4 (asserted in RecoilSpectrumBuilderTests;
/// measured 2.5e-6 at most for the eight solar species on 0.1-3 MeV). The inner loop allocates nothing.
/// </summary>
public static class RecoilSpectrumBuilder
{
    /// <summary>Rule for the neutrino-energy integral at each recoil energy: 3 panels x 8 Gauss-Legendre points.</summary>
    public static EndpointQuadrature DefaultQuadrature { get; } = new(3, 8);

    /// <param name="species">The species (passed to the survival model).</param>
    /// <param name="spectrum">Its neutrino spectrum, normalized to one neutrino.</param>
    /// <param name="flux">Flux at Earth [cm^-2 s^-1].</param>
    /// <param name="survival">P_ee model.</param>
    /// <param name="recoilEnergies">Recoil grid [MeV], strictly increasing, &gt; 0.</param>
    /// <param name="electronsPer100t">Target electrons per 100 t (Borexino: 3.307e31).</param>
    /// <param name="quadrature">Integration rule; <see cref="DefaultQuadrature"/> when null.</param>
    public static RecoilSpectrum Build(NeutrinoSpecies species, NeutrinoSpectrum spectrum, double flux,
                                       ISurvivalProbability survival, ReadOnlySpan<double> recoilEnergies,
                                       double electronsPer100t = PhysicalConstants.BorexinoElectronsPer100t,
                                       EndpointQuadrature? quadrature = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(survival);
        RecoilSpectrum.ValidateGrid(recoilEnergies);
        if (!(flux >= 0) || !double.IsFinite(flux))
            throw new ArgumentOutOfRangeException(nameof(flux), flux, "flux must be finite and >= 0");
        var rule = quadrature ?? DefaultQuadrature;

        double scale = electronsPer100t * flux * PhysicalConstants.SecondsPerDay;
        double momentCoefficient = MagneticMomentScattering.PiElectronRadiusSquared
                                   * RecoilSpectrum.ReferenceMoment * RecoilSpectrum.ReferenceMoment;

        var lines = spectrum.Lines;
        double lineFraction = 0.0;
        int lineCount = lines.Count;
        Span<double> lineEnergy = lineCount <= 16 ? stackalloc double[lineCount] : new double[lineCount];
        Span<double> lineWeight = lineCount <= 16 ? stackalloc double[lineCount] : new double[lineCount];
        Span<double> linePee = lineCount <= 16 ? stackalloc double[lineCount] : new double[lineCount];
        for (int l = 0; l < lineCount; l++)
        {
            lineEnergy[l] = lines[l].Energy;
            lineWeight[l] = lines[l].Fraction;
            linePee[l] = survival.Pee(species, lines[l].Energy);
            lineFraction += lines[l].Fraction;
        }

        bool hasContinuum = lineFraction < 1.0 - 1e-9;
        double eLow = spectrum.MinEnergy, eHigh = spectrum.MaxEnergy;
        var table = hasContinuum ? new SurvivalTable(survival, species, eLow, eHigh) : null;

        var sm = new double[recoilEnergies.Length];
        var mm = new double[recoilEnergies.Length];
        for (int j = 0; j < recoilEnergies.Length; j++)
        {
            double t = recoilEnergies[j];
            double weak = 0.0, moment = 0.0;

            for (int l = 0; l < lineCount; l++)
            {
                double e = lineEnergy[l];
                if (t >= ElectronScattering.MaxRecoilEnergy(e))
                    continue;
                ElectronScattering.DifferentialCrossSections(e, t, out double se, out double smu);
                weak += lineWeight[l] * (linePee[l] * se + (1.0 - linePee[l]) * smu);
                moment += lineWeight[l] * (1.0 / t - 1.0 / e);
            }

            if (table is not null)
            {
                double a = Math.Max(ElectronScattering.MinNeutrinoEnergy(t), eLow);
                if (eHigh > a)
                {
                    double width = eHigh - a;
                    double cw = 0.0, cm = 0.0;
                    for (int k = 0; k < rule.Count; k++)
                    {
                        double e = a + width * rule.Node(k);
                        double s = spectrum.ContinuumDensity(e);
                        if (s == 0.0)
                            continue;
                        double pee = table.Pee(e);
                        ElectronScattering.DifferentialCrossSections(e, t, out double se, out double smu);
                        double w = rule.Weight(k) * s;
                        cw += w * (pee * se + (1.0 - pee) * smu);
                        cm += w * (1.0 / t - 1.0 / e);
                    }
                    weak += width * cw;
                    moment += width * cm;
                }
            }

            sm[j] = scale * weak;
            mm[j] = scale * momentCoefficient * moment;
        }
        return RecoilSpectrum.Own(species, recoilEnergies.ToArray(), sm, mm);
    }

    /// <summary>
    /// Recoil spectra of all eight species with the project's spectra (<see cref="SolarNeutrinoSpectra"/>) and the
    /// given SSM fluxes, on one grid [MeV].
    /// </summary>
    public static IReadOnlyDictionary<NeutrinoSpecies, RecoilSpectrum> BuildAll(SsmFluxes fluxes, ISurvivalProbability survival,
                                                                               ReadOnlySpan<double> recoilEnergies,
                                                                               double electronsPer100t = PhysicalConstants.BorexinoElectronsPer100t)
    {
        ArgumentNullException.ThrowIfNull(fluxes);
        var result = new Dictionary<NeutrinoSpecies, RecoilSpectrum>();
        foreach (var species in SpeciesNames.All)
        {
            result[species] = Build(species, SolarNeutrinoSpectra.For(species), fluxes.Flux(species), survival,
                                    recoilEnergies, electronsPer100t);
        }
        return result;
    }
}
