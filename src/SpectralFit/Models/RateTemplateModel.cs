using System.Buffers;
using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Models;

/// <summary>
/// The common spectral-fit model: mu_i = sum_k A_k(a_k) T_k,i(theta), amplitudes a_k (rates, or a
/// magnetic moment entering as a^2) times templates that depend on shape parameters theta.
/// Parameter vector = [amplitudes..., shape parameters...]. Jacobian: analytic in the amplitudes,
/// central differences in theta with step <see cref="ShapeStepFraction"/> x the parameter's step.
/// Thread-safe: scratch comes from the shared array pool.
/// </summary>
public sealed class RateTemplateModel : IDifferentiableSpectralModel
{
    private readonly ITemplateProvider _provider;
    private readonly AmplitudeLaw[] _laws;
    private readonly int _k;

    public RateTemplateModel(ITemplateProvider provider, IReadOnlyList<Parameter> amplitudes, IReadOnlyList<AmplitudeLaw>? laws = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(amplitudes);
        if (amplitudes.Count != provider.TemplateCount)
            throw new UserInputException($"rate template model: {amplitudes.Count} amplitude parameters but {provider.TemplateCount} templates (expected one per template)");
        if (laws is not null && laws.Count != amplitudes.Count)
            throw new UserInputException($"rate template model: {laws.Count} amplitude laws for {amplitudes.Count} amplitudes");
        _provider = provider;
        _k = amplitudes.Count;
        _laws = laws?.ToArray() ?? Enumerable.Repeat(AmplitudeLaw.Linear, _k).ToArray();
        Parameters = new ParameterSet(amplitudes.Concat(provider.ShapeParameters));
        BinCount = provider.BinCount;
    }

    /// <summary>Central-difference step for shape parameters, as a fraction of their Step (1-sigma scale).</summary>
    public double ShapeStepFraction { get; init; } = 1e-2;

    public int BinCount { get; }

    public ParameterSet Parameters { get; }

    public int AmplitudeCount => _k;

    public void Expected(ReadOnlySpan<double> p, Span<double> expected)
    {
        if (p.Length != Parameters.Count || expected.Length != BinCount)
            throw new ArgumentException("parameter or expected-counts vector has the wrong length");
        double[] t = ArrayPool<double>.Shared.Rent(_k * BinCount);
        try
        {
            _provider.Templates(p[_k..], t.AsSpan(0, _k * BinCount));
            Combine(p, t, expected);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(t);
        }
    }

    public void ExpectedAndJacobian(ReadOnlySpan<double> p, Span<double> expected, Span<double> jacobian)
    {
        int n = BinCount, np = Parameters.Count;
        if (jacobian.Length != np * n)
            throw new ArgumentException($"jacobian length {jacobian.Length}, expected {np * n}");
        double[] t = ArrayPool<double>.Shared.Rent(_k * n);
        double[] shifted = ArrayPool<double>.Shared.Rent(np + 2 * n);
        try
        {
            Span<double> tt = t.AsSpan(0, _k * n);
            _provider.Templates(p[_k..], tt);
            Combine(p, t, expected);
            // Amplitudes: d mu_i / d a_k = A_k'(a_k) T_k,i.
            for (int k = 0; k < _k; k++)
            {
                double dA = _laws[k] == AmplitudeLaw.Square ? 2 * p[k] : 1.0;
                Span<double> row = jacobian.Slice(k * n, n);
                ReadOnlySpan<double> tk = tt.Slice(k * n, n);
                for (int i = 0; i < n; i++)
                    row[i] = dA * tk[i];
            }
            // Shape parameters: central differences of the whole expectation.
            Span<double> q = shifted.AsSpan(0, np);
            Span<double> up = shifted.AsSpan(np, n), down = shifted.AsSpan(np + n, n);
            for (int j = _k; j < np; j++)
            {
                Parameter par = Parameters[j];
                double h = ShapeStepFraction * par.Step;
                double hi = Math.Min(p[j] + h, par.Upper), lo = Math.Max(p[j] - h, par.Lower);
                Span<double> row = jacobian.Slice(j * n, n);
                if (!(hi > lo))
                {
                    row.Clear();
                    continue;
                }
                p.CopyTo(q);
                q[j] = hi;
                Expected(q, up);
                q[j] = lo;
                Expected(q, down);
                double inv = 1.0 / (hi - lo);
                for (int i = 0; i < n; i++)
                    row[i] = (up[i] - down[i]) * inv;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(t);
            ArrayPool<double>.Shared.Return(shifted);
        }
    }

    private void Combine(ReadOnlySpan<double> p, ReadOnlySpan<double> t, Span<double> expected)
    {
        int n = BinCount;
        expected.Clear();
        for (int k = 0; k < _k; k++)
        {
            double a = _laws[k] == AmplitudeLaw.Square ? p[k] * p[k] : p[k];
            ReadOnlySpan<double> tk = t.Slice(k * n, n);
            for (int i = 0; i < n; i++)
                expected[i] += a * tk[i];
        }
    }
}
