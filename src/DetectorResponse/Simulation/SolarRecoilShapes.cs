using DetectorResponse.Spectra;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace DetectorResponse.Simulation;

/// <summary>
/// Electron-recoil spectra of solar neutrinos as true-energy histograms for the Monte Carlo
/// (physics.md §2-§5, SolarFlux.Recoil): dR/dT = SM + (mu/mu_ref)^2 MM for one species or the CNO
/// group (members summed with their SSM fluxes), integrated over 0.5-keV-scale bins up to the largest
/// Compton-like edge T_max = 2E^2/(m_e + 2E). Only the shape is used; the rate comes from the config.
/// </summary>
public static class SolarRecoilShapes
{
    public const int GridPoints = 801;

    public static EnergyHistogram Build(string speciesName, SolarModelName ssm, MixingParameters mixing, double magneticMoment)
    {
        IReadOnlyList<NeutrinoSpecies> members = string.Equals(speciesName, SpeciesNames.Cno, StringComparison.OrdinalIgnoreCase)
            ? SpeciesNames.CnoMembers
            : [SpeciesNames.Parse(speciesName, "recoil species")];
        var model = SolarModel.Standard(ssm);
        var survival = new MswSurvivalProbability(model, mixing);
        double me = PhysicalConstants.ElectronMass;
        double tMax = members.Max(s =>
        {
            double e = SolarNeutrinoSpectra.For(s).MaxEnergy;
            return 2 * e * e / (me + 2 * e);
        });
        // grid from a tiny positive T (the recoil grid must be > 0) to T_max
        var grid = new double[GridPoints];
        for (int i = 0; i < GridPoints; i++)
            grid[i] = 1e-5 + (tMax - 1e-5) * i / (GridPoints - 1);
        var contents = new double[GridPoints - 1];
        double scale = RecoilSpectrum.MomentScale(magneticMoment);
        foreach (var s in members)
        {
            var spectrum = RecoilSpectrumBuilder.Build(s, SolarNeutrinoSpectra.For(s), model.Fluxes.Flux(s), survival, grid);
            for (int i = 0; i < contents.Length; i++)
                contents[i] += spectrum.IntegrateStandardModel(grid[i], grid[i + 1])
                               + scale * spectrum.IntegrateMagneticMoment(grid[i], grid[i + 1]);
        }
        for (int i = 0; i < contents.Length; i++)
            contents[i] = Math.Max(contents[i], 0);
        return new EnergyHistogram(grid, contents, $"{speciesName} recoil spectrum ({SolarModelNames.ToName(ssm)}, mu = {magneticMoment} mu_B)");
    }
}
