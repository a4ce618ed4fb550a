using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Likelihood;

/// <summary>
/// The fit objective: the sum of likelihood terms over one parameter vector, in deviance units
/// (-2 ln L + const). Typically a <see cref="PoissonDeviance"/> plus Gaussian pulls and the
/// gallium constraint. Thread-safe if its terms are.
/// </summary>
public sealed class CompositeLikelihood : ILikelihoodTerm
{
    private readonly ILikelihoodTerm[] _terms;

    public CompositeLikelihood(ParameterSet parameters, IEnumerable<ILikelihoodTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(terms);
        Parameters = parameters;
        _terms = terms.ToArray();
        if (_terms.Length == 0)
            throw new ArgumentException("a composite likelihood needs at least one term");
    }

    /// <summary>
    /// Poisson deviance of <paramref name="observed"/> under <paramref name="model"/>, one Gaussian pull
    /// per parameter with a prior, and any extra terms (e.g. the gallium constraint).
    /// </summary>
    public static CompositeLikelihood ForModel(ISpectralModel model, IReadOnlyList<double> observed, params ILikelihoodTerm[] extraTerms)
    {
        ArgumentNullException.ThrowIfNull(model);
        var terms = new List<ILikelihoodTerm> { new PoissonDeviance(model, observed) };
        terms.AddRange(GaussianPull.FromPriors(model.Parameters));
        terms.AddRange(extraTerms);
        return new CompositeLikelihood(model.Parameters, terms);
    }

    /// <summary>The parameters (and starting values) the terms are defined over.</summary>
    public ParameterSet Parameters { get; }

    public IReadOnlyList<ILikelihoodTerm> Terms => _terms;

    public string Name => string.Join(" + ", _terms.Select(t => t.Name));

    public double Value(ReadOnlySpan<double> p)
    {
        CheckLength(p);
        double sum = 0;
        foreach (var t in _terms)
            sum += t.Value(p);
        return sum;
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        CheckLength(p);
        double sum = 0;
        foreach (var t in _terms)
            sum += t.ValueAndGradient(p, gradient);
        return sum;
    }

    /// <summary>Each term's value at <paramref name="p"/>, in term order (for fit reports).</summary>
    public double[] Contributions(ReadOnlySpan<double> p)
    {
        CheckLength(p);
        var values = new double[_terms.Length];
        for (int i = 0; i < values.Length; i++)
            values[i] = _terms[i].Value(p);
        return values;
    }

    private void CheckLength(ReadOnlySpan<double> p)
    {
        if (p.Length != Parameters.Count)
            throw new ArgumentException($"parameter vector length {p.Length}, expected {Parameters.Count}");
    }
}
