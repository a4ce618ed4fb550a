using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Likelihood;

/// <summary>A Gaussian constraint on one parameter: ((p - mean) / sigma)^2 in deviance units.</summary>
public sealed class GaussianPull : ILikelihoodTerm
{
    private readonly int _index;

    public GaussianPull(ParameterSet parameters, string parameterName, double mean, double sigma)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _index = parameters.IndexOf(parameterName);
        ParameterName = parameterName;
        var prior = new GaussianPrior(mean, sigma, parameterName); // validates sigma > 0
        Mean = prior.Mean;
        Sigma = prior.Sigma;
    }

    public string ParameterName { get; }

    public double Mean { get; }

    public double Sigma { get; }

    public string Name => $"Gaussian pull on {ParameterName} ({Mean} +- {Sigma})";

    /// <summary>One pull per parameter that carries a <see cref="GaussianPrior"/>.</summary>
    public static IReadOnlyList<GaussianPull> FromPriors(ParameterSet parameters) =>
        parameters.Where(p => p.Prior is not null)
            .Select(p => new GaussianPull(parameters, p.Name, p.Prior!.Mean, p.Prior.Sigma))
            .ToArray();

    public double Value(ReadOnlySpan<double> p)
    {
        double z = (p[_index] - Mean) / Sigma;
        return z * z;
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double z = (p[_index] - Mean) / Sigma;
        gradient[_index] += 2 * z / Sigma;
        return z * z;
    }
}
