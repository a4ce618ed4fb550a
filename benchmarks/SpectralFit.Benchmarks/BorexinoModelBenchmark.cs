using BenchmarkDotNet.Attributes;
using SpectralFit.Configuration;
using SpectralFit.Modeling;

namespace SpectralFit.Benchmarks;

/// <summary>
/// The assembled Borexino-style model (configs/borexino-phase2-mm.json on samples/phase2-like.nh.dat, 858 N_h bins):
/// expected counts after a rate change (folded shapes reused; should not allocate), after a light-yield change
/// (a refold), the Jacobian, and one full fit.
/// </summary>
[MemoryDiagnoser]
public class BorexinoModelBenchmark
{
    private AssembledFit _fit = null!;
    private double[] _p = null!;
    private double[] _expected = null!;
    private double[] _jacobian = null!;
    private int _pp, _ly;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        string config = Path.Combine(FindRepository(), "configs", "borexino-phase2-mm.json");
        var configuration = FitConfigurationLoader.Load(config);
        _fit = SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration));
        _p = _fit.Model.Parameters.Values();
        _expected = new double[_fit.Model.BinCount];
        _jacobian = new double[_fit.Model.BinCount * _p.Length];
        _pp = _fit.Model.Parameters.IndexOf("pp");
        _ly = _fit.Model.Parameters.IndexOf("light_yield");
        _fit.Model.Expected(_p, _expected);
    }

    [Benchmark]
    public double ExpectedAfterRateChange()
    {
        _p[_pp] += _flip ? 0.1 : -0.1;
        _flip = !_flip;
        _fit.Model.Expected(_p, _expected);
        return _expected[100];
    }

    [Benchmark]
    public double ExpectedAfterLightYieldChange()
    {
        _p[_ly] += _flip ? 0.5 : -0.5;
        _flip = !_flip;
        _fit.Model.Expected(_p, _expected);
        return _expected[100];
    }

    [Benchmark]
    public double ExpectedAndJacobian()
    {
        _fit.Model.ExpectedAndJacobian(_p, _expected, _jacobian);
        return _jacobian[100];
    }

    [Benchmark]
    public double Fit() => new Analysis.FitService().Fit(_fit).Deviance;

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "configs", "borexino-phase2-mm.json")))
                return dir.FullName;
        throw new InvalidOperationException("configs/borexino-phase2-mm.json not found above " + AppContext.BaseDirectory);
    }
}
