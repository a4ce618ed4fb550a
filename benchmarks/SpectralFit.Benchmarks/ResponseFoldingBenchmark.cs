using BenchmarkDotNet.Attributes;
using DetectorResponse.Backgrounds;
using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;

namespace SpectralFit.Benchmarks;

/// <summary>
/// Folding all components of a Borexino-like reference model (pp, 7Be, pep, CNO recoil-like shapes,
/// 14C, 85Kr, 210Bi, 11C, 210Po, three external gammas: 14 components) into N_h 93-950 (858 bins)
/// after a change of the response parameters (the fit's inner step). Target: &lt;= 2 ms.
/// Run: dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*ResponseFolding*'
/// </summary>
[MemoryDiagnoser]
public class ResponseFoldingBenchmark
{
    private SpectrumFolder _folder = null!;
    private double[] _output = null!;
    private FoldingParameters[] _parameters = null!;
    private int _call;

    [GlobalSetup]
    public void Setup()
    {
        const double kb = 0.0115;
        var electrons = ChargedLeptonLight.Electrons(kb);
        var gammas = new GammaQuenching(electrons, 3.0);
        var components = new List<FoldingComponent>
        {
            Electron("pp", 0.261, t => Math.Pow(0.261 - t, 1.5) + 0.02),
            Electron("Be7", 0.665, t => 1.0 - 0.3 * t),
            Electron("pep", 1.22, t => 1.0 - 0.2 * t),
            Electron("CNO", 1.52, t => (1.52 - t) * (0.3 + t)),
            Beta("C14", 0.156),
            Beta("Kr85", 0.687),
            Beta("Bi210", 1.162),
            new PositronSpectrumComponent("C11", BetaHistogram("C11", 0.960)),
            new GaussianPeakComponent("Po210", 5000),
        };
        foreach (var source in new[] { ExternalGammaSource.K40, ExternalGammaSource.Bi214, ExternalGammaSource.Tl208 })
            components.Add(new ElectronSpectrumComponent("Ext_" + source,
                ExternalGammaShape.For(source).Histogram(gammas, 0.025, 10.0)));
        _folder = new SpectrumFolder(electrons, ChargedLeptonLight.Positrons(kb), gammas, EnergyEstimator.Nh,
            ObservableBinning.Integers(93, 950), components);
        _output = new double[_folder.ComponentCount * _folder.BinCount];
        _weights = [.. Enumerable.Range(1, _folder.ComponentCount).Select(c => (double)c)];
        _weighted = new double[SixParameters.Length * _folder.BinCount];
        var p = new FoldingParameters();
        _parameters =
        [
            p with { Response = p.Response with { LightYield = 497, VarianceFactor = 0.11 } },
            p with { Response = p.Response with { LightYield = 503, VarianceFactor = 0.09 }, PeakPosition = 0.392 },
        ];
    }

    /// <summary>One full fold with parameters different from the previous call (no cache hit).</summary>
    [Benchmark]
    public double FoldAllComponents()
    {
        _folder.Fold(_parameters[_call++ & 1], _output);
        return _output[500];
    }

    /// <summary>Derivative of all components with respect to the light yield.</summary>
    [Benchmark]
    public double LightYieldDerivative()
    {
        _folder.FoldDerivative(_parameters[_call++ & 1], FoldingParameter.LightYield, _output);
        return _output[500];
    }

    /// <summary>
    /// The Jacobian's shape rows: amplitude-weighted derivatives with respect to six response parameters (light yield, v1,
    /// sigma_d, 210Po position and width, 11C shift) in one pass (SpectrumFolder.FoldDerivatives).
    /// </summary>
    [Benchmark]
    public double WeightedDerivativesSixParameters()
    {
        _folder.FoldDerivatives(_parameters[_call++ & 1], SixParameters, _weights, _weighted);
        return _weighted[500];
    }

    private static readonly FoldingParameter[] SixParameters =
    [
        FoldingParameter.LightYield, FoldingParameter.VarianceFactor, FoldingParameter.DarkNoise,
        FoldingParameter.PeakPosition, FoldingParameter.PeakWidth, FoldingParameter.PositronShift,
    ];

    private double[] _weights = null!;
    private double[] _weighted = null!;

    private static ElectronSpectrumComponent Electron(string name, double tMax, Func<double, double> shape) =>
        new(name, Histogram(name, tMax, shape));

    private static ElectronSpectrumComponent Beta(string name, double q) => new(name, BetaHistogram(name, q));

    private static EnergyHistogram BetaHistogram(string name, double q) =>
        Histogram(name, q, t => Math.Sqrt(t * (t + 1.022)) * (t + 0.511) * (q - t) * (q - t));

    private static EnergyHistogram Histogram(string name, double tMax, Func<double, double> shape)
    {
        const int n = 500;
        var edges = new double[n + 1];
        var contents = new double[n];
        for (int i = 0; i <= n; i++)
            edges[i] = tMax * i / n;
        for (int i = 0; i < n; i++)
            contents[i] = Math.Max(0, shape(0.5 * (edges[i] + edges[i + 1]))) * tMax / n;
        return new EnergyHistogram(edges, contents, name);
    }
}
