using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.TestModels;

/// <summary>Small multi-template models for the inference tests (shapes only loosely solar-like).</summary>
public static class SyntheticSpectra
{
    /// <summary>Templates (unit area) on <paramref name="bins"/> bins: falling exponential, a broad bump, a flat one, more bumps.</summary>
    public static double[][] Templates(int count, int bins)
    {
        var t = new double[count][];
        for (int k = 0; k < count; k++)
        {
            t[k] = new double[bins];
            for (int i = 0; i < bins; i++)
            {
                double x = (i + 0.5) / bins;
                t[k][i] = k switch
                {
                    0 => Math.Exp(-5 * x),
                    1 => 1.0,
                    _ => Math.Exp(-0.5 * Math.Pow((x - (k - 1.5) / count) / (0.6 / count + 0.03), 2)) + 0.02,
                };
            }
            double sum = t[k].Sum();
            for (int i = 0; i < bins; i++)
                t[k][i] /= sum;
        }
        return t;
    }

    /// <summary>A linear template model with rates r_k (total counts of component k) >= 0, starting at 0.8 x truth.</summary>
    public static LinearTemplateModel Linear(double[] trueRates, int bins)
    {
        var rates = trueRates.Select((r, k) => new Parameter($"r{k}", 0.8 * r, Math.Sqrt(r) + 1, 0, double.PositiveInfinity)).ToArray();
        return new LinearTemplateModel(rates, Templates(trueRates.Length, bins));
    }
}
