using System.Buffers;
using SolarFlux.Common;
using SpectralFit.Models;

namespace SpectralFit.Likelihood;

/// <summary>
/// Binned Poisson likelihood as a deviance against the saturated model (Baker &amp; Cousins,
/// NIM 221, 437 (1984)): D = -2 ln(L/L_sat) = 2 sum_i [mu_i - n_i + n_i ln(n_i/mu_i)], with the
/// n_i = 0 bins contributing 2 mu_i. D is chi-square-like (about the number of bins at the best fit).
/// Guard: below mu = <see cref="MuFloor"/> each bin's term continues as its second-order Taylor
/// expansion with curvature 2 max(n,1)/MuFloor^2, a smooth steep wall, so mu &lt;= 0 never gives NaN
/// or a reward. Gradient: analytic through the model's Jacobian when it has one
/// (<see cref="IDifferentiableSpectralModel"/>), otherwise central differences.
/// </summary>
public sealed class PoissonDeviance : ILikelihoodTerm
{
    /// <summary>Expected counts below this are treated by the quadratic wall (see class remarks).</summary>
    public const double MuFloor = 1e-9;

    private readonly double[] _observed;

    /// <param name="observed">Observed counts per bin (finite, &gt;= 0; non-integer allowed, e.g. Asimov data).</param>
    public PoissonDeviance(ISpectralModel model, IReadOnlyList<double> observed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.Count != model.BinCount)
            throw new UserInputException($"observed spectrum has {observed.Count} bins but the model has {model.BinCount}");
        _observed = new double[observed.Count];
        for (int i = 0; i < _observed.Length; i++)
            _observed[i] = UserInputException.RequireNonNegative(observed[i], $"observed counts in bin {i}");
        Model = model;
    }

    public ISpectralModel Model { get; }

    public IReadOnlyList<double> Observed => _observed;

    public string Name => $"Poisson deviance ({_observed.Length} bins)";

    /// <summary>Relative central-difference step (x parameter Step) when the model has no Jacobian.</summary>
    public double NumericStepFraction { get; init; } = 1e-3;

    public double Value(ReadOnlySpan<double> p)
    {
        double[] mu = ArrayPool<double>.Shared.Rent(_observed.Length);
        try
        {
            Span<double> m = mu.AsSpan(0, _observed.Length);
            Model.Expected(p, m);
            return Sum(m);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(mu);
        }
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        if (Model is IDifferentiableSpectralModel d)
            return AnalyticGradient(d, p, gradient);
        return NumericGradient(p, gradient);
    }

    /// <summary>The deviance of one bin, 2[mu - n + n ln(n/mu)], with the mu &lt; MuFloor wall.</summary>
    public static double BinDeviance(double mu, double n)
    {
        if (mu >= MuFloor)
            return n > 0 ? 2 * (mu - n + n * Math.Log(n / mu)) : 2 * mu;
        double f0 = n > 0 ? 2 * (MuFloor - n + n * Math.Log(n / MuFloor)) : 2 * MuFloor;
        double dx = mu - MuFloor;
        return f0 + 2 * (1 - n / MuFloor) * dx + Math.Max(n, 1) / (MuFloor * MuFloor) * dx * dx;
    }

    /// <summary>d BinDeviance / d mu = 2(1 - n/mu), continued by the wall below MuFloor.</summary>
    public static double BinDevianceDerivative(double mu, double n)
    {
        if (mu >= MuFloor)
            return 2 * (1 - n / mu);
        return 2 * (1 - n / MuFloor) + 2 * Math.Max(n, 1) / (MuFloor * MuFloor) * (mu - MuFloor);
    }

    private double Sum(ReadOnlySpan<double> mu)
    {
        double sum = 0;
        for (int i = 0; i < mu.Length; i++)
            sum += BinDeviance(mu[i], _observed[i]);
        return sum;
    }

    private double AnalyticGradient(IDifferentiableSpectralModel model, ReadOnlySpan<double> p, Span<double> gradient)
    {
        int n = _observed.Length;
        double[] mu = ArrayPool<double>.Shared.Rent(n);
        double[] jac = ArrayPool<double>.Shared.Rent(n * p.Length);
        double[] dfdmu = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> m = mu.AsSpan(0, n);
            Span<double> j = jac.AsSpan(0, n * p.Length);
            model.ExpectedAndJacobian(p, m, j);
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += BinDeviance(m[i], _observed[i]);
                dfdmu[i] = BinDevianceDerivative(m[i], _observed[i]);
            }
            for (int k = 0; k < p.Length; k++)
            {
                ReadOnlySpan<double> row = j.Slice(k * n, n);
                double g = 0;
                for (int i = 0; i < n; i++)
                    g += dfdmu[i] * row[i];
                gradient[k] += g;
            }
            return sum;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(mu);
            ArrayPool<double>.Shared.Return(jac);
            ArrayPool<double>.Shared.Return(dfdmu);
        }
    }

    private double NumericGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double[] q = ArrayPool<double>.Shared.Rent(p.Length);
        try
        {
            Span<double> x = q.AsSpan(0, p.Length);
            p.CopyTo(x);
            for (int k = 0; k < p.Length; k++)
            {
                var par = Model.Parameters[k];
                double h = NumericStepFraction * par.Step;
                double hi = Math.Min(p[k] + h, par.Upper), lo = Math.Max(p[k] - h, par.Lower);
                if (!(hi > lo))
                    continue;
                x[k] = hi;
                double up = Value(x);
                x[k] = lo;
                double down = Value(x);
                x[k] = p[k];
                gradient[k] += (up - down) / (hi - lo);
            }
            return Value(p);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(q);
        }
    }
}
