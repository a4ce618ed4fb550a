using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

/// <summary>Shape distance between two normalized continuum spectra: integral |a - b| dE (0 = identical, 2 = disjoint).</summary>
internal static class SpectrumComparison
{
    public static double ShapeDifference(NeutrinoSpectrum a, NeutrinoSpectrum b, int steps = 40000)
    {
        double hi = Math.Max(a.MaxEnergy, b.MaxEnergy);
        double h = hi / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++)
        {
            double e = (i + 0.5) * h;
            sum += Math.Abs(a.ContinuumDensity(e) - b.ContinuumDensity(e));
        }
        return sum * h;
    }

    public static double Integral(NeutrinoSpectrum s, int steps = 40000)
    {
        double h = s.MaxEnergy / steps, sum = 0;
        for (int i = 0; i < steps; i++)
            sum += s.ContinuumDensity((i + 0.5) * h);
        return sum * h;
    }

    public static double Mean(NeutrinoSpectrum s, int steps = 40000)
    {
        double h = s.MaxEnergy / steps, sum = 0, norm = 0;
        for (int i = 0; i < steps; i++)
        {
            double e = (i + 0.5) * h, d = s.ContinuumDensity(e);
            sum += e * d;
            norm += d;
        }
        return sum / norm;
    }
}
