using DetectorResponse.Backgrounds;
using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;
using SpectralFit.Modeling;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// The project's analytic shapes of the components Borexino draws in Fig. 6a of arXiv:1707.09279, folded into
/// N_h 93-950 by one <see cref="SpectrumFolder"/> (kB fixed). The backgrounds are the fit model's own
/// (<see cref="BackgroundShapes"/>): 14C, 85Kr, 210Bi (beta spectra), 11C (positron + two
/// annihilation gammas), 210Po (Gaussian peak in visible energy), external gammas (40K + 214Bi + 208Tl at Borexino's
/// Phase-II rates 1.0 : 1.9 : 3.3, physics.md §6) and the solar sum (pp 134, 7Be 48.3, pep 2.43 cpd/100t from
/// physics.md §6; CNO and 8B at their B16-GS98 rates).
/// </summary>
internal sealed class AnalyticComponentShapes
{
    /// <summary>Components compared (Borexino's pile-up is its synthetic template; ours needs the full model).</summary>
    public static readonly string[] Names = ["C14", "Po210", "Kr85", "Bi210", "C11", "ext", "solar"];

    public AnalyticComponentShapes(double kb)
    {
        var electrons = ChargedLeptonLight.Electrons(kb);
        var gammas = new GammaQuenching(electrons, 3.0);
        double fCh = new ResponseParameters().CherenkovFraction;
        // The backgrounds exactly as the fit model builds them (SpectralFit.Modeling.BackgroundShapes).
        FoldingComponent Background(string name) => BackgroundShapes.Create(name, gammas, fCh, BackgroundBetaSpectra.C14DefaultShapeSlope);
        var components = new FoldingComponent[]
        {
            Background("C14"), Background("Po210"), Background("Kr85"), Background("Bi210"), Background("C11"),
            // The fit model's three external-gamma shapes at Borexino's Phase-II rates 1.0 : 1.9 : 3.3 (physics.md §6).
            new ElectronSpectrumComponent("ext", BackgroundShapes.External(
                new Dictionary<string, double> { ["ext_K40"] = 1.0, ["ext_Bi214"] = 1.9, ["ext_Tl208"] = 3.3 }, gammas, fCh)),
            new ElectronSpectrumComponent("solar", Solar()),
        };
        Folder = new SpectrumFolder(electrons, ChargedLeptonLight.Positrons(kb), gammas, EnergyEstimator.Nh,
            ObservableBinning.Integers(93, 950), components, new FoldingParameters { Response = new ResponseParameters { Kb = kb } });
    }

    public SpectrumFolder Folder { get; }

    /// <summary>Recoil spectra (B16-GS98, PDG 2016 mixing) scaled to Borexino's Phase-II rates where measured.</summary>
    private static EnergyHistogram Solar()
    {
        var model = SolarModel.Standard(SolarModelName.Gs98);
        var survival = new MswSurvivalProbability(model, MixingPresets.Pdg2016);
        var edges = new List<double>();
        for (double t = 0.002; t < 3.2; t += 0.004)
            edges.Add(t);
        double[] grid = [.. edges];
        var contents = new double[grid.Length - 1];
        // physics.md §6 (Borexino PRD 100, 082004 (2019)): pp 134, 7Be 48.3, pep 2.43 cpd/100t (HZ).
        var measured = new Dictionary<NeutrinoSpecies, double> { [NeutrinoSpecies.Pp] = 134, [NeutrinoSpecies.Be7] = 48.3, [NeutrinoSpecies.Pep] = 2.43 };
        NeutrinoSpecies[] species = [NeutrinoSpecies.Pp, NeutrinoSpecies.Be7, NeutrinoSpecies.Pep, NeutrinoSpecies.N13, NeutrinoSpecies.O15, NeutrinoSpecies.F17, NeutrinoSpecies.B8];
        foreach (var s in species)
        {
            var spectrum = SolarNeutrinoSpectra.For(s);
            double flux = model.Fluxes.Flux(s);
            var recoil = RecoilSpectrumBuilder.Build(s, spectrum, flux, survival, grid);
            double scale = measured.TryGetValue(s, out double r) ? r / InteractionRates.Compute(s, spectrum, flux, survival).Rate : 1.0;
            for (int i = 0; i < contents.Length; i++)
                contents[i] += scale * Math.Max(recoil.IntegrateStandardModel(grid[i], grid[i + 1]), 0);
        }
        return new EnergyHistogram(grid, contents, "solar recoil spectrum (pp + 7Be + pep + CNO + 8B)");
    }
}
