using BenchmarkDotNet.Attributes;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SpectralFit.Benchmarks;

/// <summary>
/// Recoil spectra (Standard Model with BKS corrections + magnetic moment) of all eight species on a 1 keV grid
/// from 0.1 to 3 MeV (2901 points), B16-GS98 fluxes, adiabatic MSW with the pdg2016 preset. This is the work a fit
/// does once per (solar model, mixing) configuration.
/// Run: dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*RecoilSpectra*'
/// </summary>
[MemoryDiagnoser]
public class RecoilSpectraBenchmark
{
    private double[] _grid = [];
    private NeutrinoSpectrum[] _spectra = [];
    private SolarModel _model = null!;
    private ISurvivalProbability _survival = null!;

    [GlobalSetup]
    public void Setup()
    {
        _grid = Enumerable.Range(0, 2901).Select(i => 0.1 + 0.001 * i).ToArray();
        _spectra = SpeciesNames.All.Select(SolarNeutrinoSpectra.For).ToArray();
        _model = SolarModel.Standard(SolarModelName.Gs98);
        _survival = new MswSurvivalProbability(_model, MixingPresets.Get(MixingPresets.Default));
        foreach (var species in SpeciesNames.All)
            _survival.Pee(species, 0.3); // build the P_ee tables outside the measurement
    }

    [Benchmark(Description = "8 species x 2901 recoil energies (SM + MM)")]
    public double AllSpecies()
    {
        double sum = 0.0;
        for (int i = 0; i < _spectra.Length; i++)
        {
            var species = SpeciesNames.All[i];
            var spectrum = RecoilSpectrumBuilder.Build(species, _spectra[i], _model.Fluxes.Flux(species), _survival, _grid);
            sum += spectrum.StandardModel[0] + spectrum.MagneticMoment[0];
        }
        return sum;
    }
}
