using BenchmarkDotNet.Attributes;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Toys;

namespace SpectralFit.Benchmarks;

/// <summary>
/// The inference hot path at Borexino Phase-II size: ~860 bins x 15 templates (physics.md section 7:
/// 15 free parameters). Synthetic smooth templates; the numbers measure the likelihood, not physics.
/// </summary>
[MemoryDiagnoser]
public class LikelihoodBenchmark
{
    private const int Bins = 860, Templates = 15;
    private CompositeLikelihood _likelihood = null!;
    private double[] _point = null!;
    private double[] _gradient = null!;
    private readonly VariableMetricMinimizer _minimizer = new();

    [GlobalSetup]
    public void Setup()
    {
        var templates = new double[Templates][];
        var rates = new Parameter[Templates];
        var truth = new double[Templates];
        for (int k = 0; k < Templates; k++)
        {
            templates[k] = new double[Bins];
            double centre = (k + 0.5) / Templates, width = 0.05 + 0.02 * (k % 4);
            for (int i = 0; i < Bins; i++)
            {
                double x = (i + 0.5) / Bins;
                templates[k][i] = Math.Exp(-0.5 * Math.Pow((x - centre) / width, 2)) + 0.05 * Math.Exp(-3 * x);
            }
            truth[k] = 2000 + 500 * k;
            rates[k] = new Parameter($"r{k}", 0.9 * truth[k], 50, 0, double.PositiveInfinity);
        }
        var model = new LinearTemplateModel(rates, templates);
        _likelihood = CompositeLikelihood.ForModel(model, PseudoData.Poisson(model, truth, 1));
        _point = model.Parameters.Values();
        _gradient = new double[Templates];
    }

    [Benchmark]
    public double DevianceValue() => _likelihood.Value(_point);

    [Benchmark]
    public double DevianceAndGradient()
    {
        Array.Clear(_gradient);
        return _likelihood.ValueAndGradient(_point, _gradient);
    }

    [Benchmark]
    public double FullFit15Parameters() => _minimizer.Minimize(_likelihood).MinimumDeviance;
}
