namespace SpectralFit.Plotting;

/// <summary>A polyline through (x[i], y[i]).</summary>
public sealed record LineSeries : Series
{
    public LineSeries(IReadOnlyList<double> x, IReadOnlyList<double> y, string? label, PlotColor color,
        double width = 1.5, LineStyle style = LineStyle.Solid)
        : base(label, color)
    {
        RequireSameLength($"line '{label}' y", x.Count, y.Count);
        X = Copy(x);
        Y = Copy(y);
        Width = RequirePositive($"line '{label}' width", width);
        Style = style;
    }

    public IReadOnlyList<double> X { get; }

    public IReadOnlyList<double> Y { get; }

    public double Width { get; }

    public LineStyle Style { get; }

    public override IEnumerable<double> XValues => X;

    public override IEnumerable<double> YValues => Y;
}
