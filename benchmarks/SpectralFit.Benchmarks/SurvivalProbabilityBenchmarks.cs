using BenchmarkDotNet.Attributes;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Solar;

namespace SpectralFit.Benchmarks;

/// <summary>
/// MSW-LMA survival probability: tabulated P_ee calls (the hot path of recoil-spectrum integrals),
/// the one-off table build, and the direct zone sum it replaces.
/// </summary>
[MemoryDiagnoser]
public class SurvivalProbabilityBenchmarks
{
    private readonly SolarModel _model = SolarModel.Standard(SolarModelName.Gs98);
    private MswSurvivalProbability _survival = null!;
    private double[] _energies = [];

    [GlobalSetup]
    public void Setup()
    {
        _survival = new MswSurvivalProbability(_model, MixingPresets.Pdg2016);
        _survival.Pee(NeutrinoSpecies.B8, 1.0); // build the 8B table
        var random = new Random(1);
        _energies = Enumerable.Range(0, 1000).Select(_ => 0.1 + 15 * random.NextDouble()).ToArray();
    }

    [Benchmark(Description = "1000 tabulated P_ee(8B, E) calls")]
    public double TabulatedPee()
    {
        double sum = 0;
        foreach (double e in _energies)
            sum += _survival.Pee(NeutrinoSpecies.B8, e);
        return sum;
    }

    [Benchmark(Description = "1000 direct zone sums (200 zones)")]
    public double DirectZoneSum()
    {
        double sum = 0;
        foreach (double e in _energies)
            sum += _survival.DirectAverage(NeutrinoSpecies.B8, e);
        return sum;
    }

    [Benchmark(Description = "build one species table (600 energies x 200 zones)")]
    public double BuildTable() =>
        new MswSurvivalProbability(_model, MixingPresets.Pdg2016).Pee(NeutrinoSpecies.Be7, 0.8613);
}
