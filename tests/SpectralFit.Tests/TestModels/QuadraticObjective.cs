using SpectralFit.Likelihood;

namespace SpectralFit.Tests.TestModels;

/// <summary>D(p) = (p - m)^T C^-1 (p - m): a Gaussian likelihood with known mean m and covariance C.</summary>
public sealed class QuadraticObjective : ILikelihoodTerm
{
    private readonly double[] _mean;
    private readonly double[,] _inverse;

    public QuadraticObjective(double[] mean, double[,] covariance)
    {
        _mean = mean;
        _inverse = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(covariance).Inverse().ToArray();
    }

    public string Name => "quadratic";

    public double Value(ReadOnlySpan<double> p)
    {
        double sum = 0;
        for (int i = 0; i < _mean.Length; i++)
            for (int j = 0; j < _mean.Length; j++)
                sum += (p[i] - _mean[i]) * _inverse[i, j] * (p[j] - _mean[j]);
        return sum;
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        for (int i = 0; i < _mean.Length; i++)
            for (int j = 0; j < _mean.Length; j++)
                gradient[i] += 2 * _inverse[i, j] * (p[j] - _mean[j]);
        return Value(p);
    }
}
