using BenchmarkDotNet.Attributes;
using DetectorResponse.Backgrounds;
using SolarFlux;
using SolarFlux.Spectra;

namespace SpectralFit.Benchmarks;

/// <summary>Cost of spectrum densities as called in recoil and detector-response loops (1000 energies per call).</summary>
[MemoryDiagnoser]
public class NeutrinoSpectrumBenchmarks
{
    private const int Points = 1000;
    private NeutrinoSpectrum _pp = null!;
    private NeutrinoSpectrum _b8 = null!;
    private AllowedBetaSpectrum _o15 = null!;
    private BetaDecaySpectrum _bi210 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pp = SolarNeutrinoSpectra.For(NeutrinoSpecies.Pp);
        _b8 = SolarNeutrinoSpectra.For(NeutrinoSpecies.B8);
        _o15 = (AllowedBetaSpectrum)SolarNeutrinoSpectra.For(NeutrinoSpecies.O15);
        _bi210 = BackgroundBetaSpectra.Bismuth210();
    }

    private static double Sweep(Func<double, double> f, double max)
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
            sum += f(max * (i + 0.5) / Points);
        return sum;
    }

    [Benchmark(Baseline = true)]
    public double PpContinuumDensity() => Sweep(_pp.ContinuumDensity, _pp.MaxEnergy);

    [Benchmark]
    public double B8ContinuumDensity() => Sweep(_b8.ContinuumDensity, _b8.MaxEnergy);

    [Benchmark]
    public double O15ExactDensity() => Sweep(_o15.ExactDensity, _o15.MaxEnergy);

    [Benchmark]
    public double Bi210Density() => Sweep(_bi210.Density, _bi210.QValue);
}
