using BenchmarkDotNet.Attributes;
using DetectorResponse.PileUp;
using DetectorResponse.Simulation;
using DetectorResponse.Spectra;
using DetectorResponse.Templates;

namespace SpectralFit.Benchmarks;

/// <summary>Hot paths of the data side: template integration in a fit, pile-up convolution, Monte Carlo events.</summary>
[MemoryDiagnoser]
public class DetectorSimulationBenchmarks
{
    private TemplateComponent _template = null!;
    private double[] _edges = null!;
    private double[] _counts = null!;
    private double[] _single = null!, _c14 = null!, _pileUp = null!;
    private DetectorMonteCarlo _mc = null!;
    private SimulationRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        // a 185-bin keV template (like Borexino's MC shapes) mapped onto 858 N_h bins
        var tEdges = Enumerable.Range(0, 186).Select(i => 87.6 + 13.6 * i).ToArray();
        var tContents = Enumerable.Range(0, 185).Select(i => 1.0 + Math.Sin(i * 0.05)).ToArray();
        _template = new TemplateComponent("shape", new EnergyHistogram(tEdges, tContents, "bench"), TemplateAxis.ObservableEnergy);
        _edges = Enumerable.Range(0, 859).Select(i => 92.5 + i).ToArray();
        _counts = new double[858];
        _single = Enumerable.Range(0, 600).Select(i => 1.0 / (1 + i)).ToArray();
        _c14 = Enumerable.Range(0, 80).Select(i => (double)i * (80 - i)).ToArray();
        _pileUp = new double[680];
        var beta = new EnergyHistogram(Enumerable.Range(0, 201).Select(i => 1.16 * i / 200).ToArray(),
            Enumerable.Range(0, 200).Select(i => (i + 0.5) * (200 - i - 0.5)).ToArray(), "beta-like");
        _mc = new DetectorMonteCarlo([new SimulatedEstimator("nh", e => 390 * e, 0.1, 0.012, 2)]);
        _request = new SimulationRequest([new SimulationComponent("beta", 100_000, new EventSpectrum(beta, t => t))], null, 1, 1,
            new Dictionary<string, double[]> { ["nh"] = _edges });
    }

    [Benchmark]
    public void TemplateExpectedCounts() =>
        _template.ExpectedCounts(_edges, new TemplateNuisance(0.434, 1.5, 2.0, 0.3), 1e5, _counts);

    [Benchmark]
    public void PileUpConvolution600x80() => PileUpConvolution.Convolve(_single, _c14, 137.5, _pileUp);

    [Benchmark]
    public SimulationResult MonteCarlo100kEvents() => _mc.Simulate(_request);
}
