namespace SpectralFit.Plotting;

/// <summary>A horizontal (y = Value) or vertical (x = Value) line across the whole panel.</summary>
public sealed record ReferenceLine : Series
{
    public ReferenceLine(bool horizontal, double value, string? label, PlotColor color,
        LineStyle style = LineStyle.Dashed, double width = 1.0)
        : base(label, color)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"reference line '{label}': value must be finite, got {value}");
        Horizontal = horizontal;
        Value = value;
        Style = style;
        Width = RequirePositive($"reference line '{label}' width", width);
    }

    public static ReferenceLine AtY(double y, string? label, PlotColor color, LineStyle style = LineStyle.Dashed) =>
        new(true, y, label, color, style);

    public static ReferenceLine AtX(double x, string? label, PlotColor color, LineStyle style = LineStyle.Dashed) =>
        new(false, x, label, color, style);

    public bool Horizontal { get; }

    public double Value { get; }

    public LineStyle Style { get; }

    public double Width { get; }

    public override IEnumerable<double> XValues => Horizontal ? [] : [Value];

    public override IEnumerable<double> YValues => Horizontal ? [Value] : [];
}
