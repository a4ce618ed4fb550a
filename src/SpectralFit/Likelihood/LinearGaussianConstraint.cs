using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Likelihood;

/// <summary>
/// A Gaussian measurement of a linear combination of parameters:
/// R(p) = offset + sum_i c_i p_i, term = ((R(p) - measured) / sigma)^2 (deviance units).
/// </summary>
public sealed class LinearGaussianConstraint : ILikelihoodTerm
{
    private readonly int[] _indices;
    private readonly double[] _coefficients;

    public LinearGaussianConstraint(string name, ParameterSet parameters,
        IReadOnlyDictionary<string, double> coefficients, double offset, double measured, double sigma)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0)
            throw new UserInputException($"{name}: expected at least one parameter coefficient");
        Name = name;
        _indices = coefficients.Keys.Select(parameters.IndexOf).ToArray();
        _coefficients = coefficients.Select(kv => UserInputException.RequireFinite(kv.Value, $"{name}: coefficient of '{kv.Key}'")).ToArray();
        Offset = UserInputException.RequireFinite(offset, $"{name}: offset");
        Measured = UserInputException.RequireFinite(measured, $"{name}: measured value");
        if (!double.IsFinite(sigma) || sigma <= 0)
            throw new UserInputException($"{name}: sigma must be a finite number > 0, got {sigma}");
        Sigma = sigma;
        Coefficients = coefficients.ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, double> Coefficients { get; }

    public double Offset { get; }

    public double Measured { get; }

    public double Sigma { get; }

    /// <summary>The predicted value R(p) = offset + sum_i c_i p_i.</summary>
    public double Predicted(ReadOnlySpan<double> p)
    {
        double r = Offset;
        for (int j = 0; j < _indices.Length; j++)
            r += _coefficients[j] * p[_indices[j]];
        return r;
    }

    public double Value(ReadOnlySpan<double> p)
    {
        double z = (Predicted(p) - Measured) / Sigma;
        return z * z;
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double z = (Predicted(p) - Measured) / Sigma;
        for (int j = 0; j < _indices.Length; j++)
            gradient[_indices[j]] += 2 * z * _coefficients[j] / Sigma;
        return z * z;
    }
}
