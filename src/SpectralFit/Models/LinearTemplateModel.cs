using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Models;

/// <summary>
/// mu_i = sum_k r_k T_k,i with fixed templates T (counts per unit rate) and the rates r_k as the
/// parameters. The Jacobian is exact: d mu_i / d r_k = T_k,i.
/// </summary>
public sealed class LinearTemplateModel : IDifferentiableSpectralModel
{
    private readonly double[] _templates; // [k * BinCount + i]

    /// <param name="rates">One rate parameter per template, in template order.</param>
    /// <param name="templates">Templates, each of the same length (the bin count).</param>
    public LinearTemplateModel(IReadOnlyList<Parameter> rates, IReadOnlyList<IReadOnlyList<double>> templates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(templates);
        if (rates.Count != templates.Count)
            throw new UserInputException($"linear template model: {rates.Count} rate parameters but {templates.Count} templates (expected one rate per template)");
        if (templates.Count == 0)
            throw new UserInputException("linear template model: expected at least one template");
        Parameters = new ParameterSet(rates);
        BinCount = templates[0].Count;
        if (BinCount == 0)
            throw new UserInputException($"linear template model: template '{rates[0].Name}' has no bins");
        _templates = new double[templates.Count * BinCount];
        for (int k = 0; k < templates.Count; k++)
        {
            if (templates[k].Count != BinCount)
                throw new UserInputException($"linear template model: template '{rates[k].Name}' has {templates[k].Count} bins, expected {BinCount}");
            for (int i = 0; i < BinCount; i++)
                _templates[k * BinCount + i] = UserInputException.RequireFinite(templates[k][i], $"template '{rates[k].Name}' bin {i}");
        }
    }

    public int BinCount { get; }

    public ParameterSet Parameters { get; }

    /// <summary>Template k (a read-only view).</summary>
    public ReadOnlySpan<double> Template(int k) => _templates.AsSpan(k * BinCount, BinCount);

    public void Expected(ReadOnlySpan<double> p, Span<double> expected)
    {
        CheckLengths(p, expected);
        expected.Clear();
        ReadOnlySpan<double> t = _templates;
        for (int k = 0; k < Parameters.Count; k++)
        {
            double r = p[k];
            ReadOnlySpan<double> row = t.Slice(k * BinCount, BinCount);
            for (int i = 0; i < row.Length; i++)
                expected[i] += r * row[i];
        }
    }

    public void ExpectedAndJacobian(ReadOnlySpan<double> p, Span<double> expected, Span<double> jacobian)
    {
        Expected(p, expected);
        if (jacobian.Length != _templates.Length)
            throw new ArgumentException($"jacobian length {jacobian.Length}, expected {_templates.Length}");
        _templates.AsSpan().CopyTo(jacobian);
    }

    private void CheckLengths(ReadOnlySpan<double> p, Span<double> expected)
    {
        if (p.Length != Parameters.Count)
            throw new ArgumentException($"parameter vector length {p.Length}, expected {Parameters.Count}");
        if (expected.Length != BinCount)
            throw new ArgumentException($"expected-counts length {expected.Length}, expected {BinCount}");
    }
}
