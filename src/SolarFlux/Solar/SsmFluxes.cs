namespace SolarFlux.Solar;

/// <summary>
/// Total neutrino fluxes at Earth [cm^-2 s^-1] of a standard solar model and their fractional
/// 1-sigma uncertainties (physics.md §2).
/// </summary>
public sealed class SsmFluxes
{
    private readonly double[] _flux;
    private readonly double[] _fractionalUncertainty;

    private SsmFluxes(SolarModelName model, double[] flux, double[] fractionalUncertainty)
    {
        Model = model;
        _flux = flux;
        _fractionalUncertainty = fractionalUncertainty;
    }

    public SolarModelName Model { get; }

    /// <summary>Flux at Earth [cm^-2 s^-1].</summary>
    public double Flux(NeutrinoSpecies species) => _flux[(int)species];

    /// <summary>Fractional 1-sigma model uncertainty of <see cref="Flux"/>.</summary>
    public double FractionalUncertainty(NeutrinoSpecies species) => _fractionalUncertainty[(int)species];

    /// <summary>
    /// B16 fluxes: N. Vinyoles et al., ApJ 835, 202 (2017), arXiv:1611.09867, Table 6
    /// (as listed in physics.md §2). Order: pp, pep, hep, 7Be, 8B, 13N, 15O, 17F.
    /// </summary>
    public static SsmFluxes B16(SolarModelName model) => model switch
    {
        SolarModelName.Gs98 => B16Gs98,
        SolarModelName.Agss09 => B16Agss09,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    private static readonly SsmFluxes B16Gs98 = new(
        SolarModelName.Gs98,
        [5.98e10, 1.44e8, 7.98e3, 4.93e9, 5.46e6, 2.78e8, 2.05e8, 5.29e6],
        [0.006, 0.010, 0.30, 0.06, 0.12, 0.15, 0.17, 0.20]);

    private static readonly SsmFluxes B16Agss09 = new(
        SolarModelName.Agss09,
        [6.03e10, 1.46e8, 8.25e3, 4.50e9, 4.50e6, 2.04e8, 1.44e8, 3.26e6],
        [0.005, 0.009, 0.30, 0.06, 0.12, 0.14, 0.16, 0.18]);
}
