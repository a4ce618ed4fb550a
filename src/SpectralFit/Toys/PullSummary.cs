namespace SpectralFit.Toys;

/// <summary>
/// Distribution of pulls (fit - true) / error of one parameter over the toys. For an unbiased fit
/// with correct errors: mean 0 +- <see cref="MeanError"/>, width 1 +- <see cref="WidthError"/>.
/// </summary>
public sealed record PullSummary(string ParameterName, int Count, double Mean, double Width)
{
    /// <summary>Standard error of the mean, Width / sqrt(N).</summary>
    public double MeanError => Width / Math.Sqrt(Count);

    /// <summary>Standard error of the width for Gaussian pulls, Width / sqrt(2 (N - 1)).</summary>
    public double WidthError => Width / Math.Sqrt(2.0 * (Count - 1));

    public static PullSummary From(string name, IReadOnlyList<double> pulls)
    {
        int n = pulls.Count;
        double mean = n > 0 ? pulls.Average() : double.NaN;
        double width = n > 1 ? Math.Sqrt(pulls.Sum(x => (x - mean) * (x - mean)) / (n - 1)) : double.NaN;
        return new PullSummary(name, n, mean, width);
    }
}
