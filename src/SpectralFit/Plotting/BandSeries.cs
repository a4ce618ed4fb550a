namespace SpectralFit.Plotting;

/// <summary>A filled band between low[i] and high[i] along x (e.g. a +-1 sigma region).</summary>
public sealed record BandSeries : Series
{
    public BandSeries(IReadOnlyList<double> x, IReadOnlyList<double> low, IReadOnlyList<double> high,
        string? label, PlotColor color, double opacity = 0.3)
        : base(label, color)
    {
        RequireSameLength($"band '{label}' low", x.Count, low.Count);
        RequireSameLength($"band '{label}' high", x.Count, high.Count);
        if (!(opacity > 0 && opacity <= 1))
            throw new ArgumentException($"band '{label}': opacity must be in (0, 1], got {opacity}");
        X = Copy(x);
        Low = Copy(low);
        High = Copy(high);
        Opacity = opacity;
    }

    public IReadOnlyList<double> X { get; }

    public IReadOnlyList<double> Low { get; }

    public IReadOnlyList<double> High { get; }

    public double Opacity { get; }

    public override IEnumerable<double> XValues => X;

    public override IEnumerable<double> YValues => Low.Concat(High);
}
