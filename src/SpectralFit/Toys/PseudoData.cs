using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using SpectralFit.Models;

namespace SpectralFit.Toys;

/// <summary>Datasets drawn from a model: the Asimov dataset (n_i = mu_i) and seeded Poisson pseudo-data.</summary>
public static class PseudoData
{
    /// <summary>n_i = mu_i(p): fitting it returns p exactly (Cowan et al., EPJC 71, 1554 (2011)).</summary>
    public static double[] Asimov(ISpectralModel model, ReadOnlySpan<double> p)
    {
        ArgumentNullException.ThrowIfNull(model);
        var mu = new double[model.BinCount];
        model.Expected(p, mu);
        return mu;
    }

    /// <summary>n_i ~ Poisson(mu_i(p)) from a Xoshiro256** generator seeded with <paramref name="seed"/>.</summary>
    public static double[] Poisson(ISpectralModel model, ReadOnlySpan<double> p, int seed) =>
        Poisson(model, p, new Xoshiro256StarStar(seed));

    public static double[] Poisson(ISpectralModel model, ReadOnlySpan<double> p, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var n = Asimov(model, p);
        for (int i = 0; i < n.Length; i++)
            n[i] = n[i] > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, n[i]) : 0;
        return n;
    }
}
