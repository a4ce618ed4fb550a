namespace SpectralFit.Plotting;

/// <summary>
/// An axis: label, scale and optional fixed limits (null = from the data). A log axis rejects
/// non-positive limits here, when the plot is described, not when it is drawn.
/// </summary>
public sealed record Axis
{
    public Axis(string label, AxisScale scale = AxisScale.Linear, double? min = null, double? max = null)
    {
        foreach (var (name, v) in new[] { ("min", min), ("max", max) })
        {
            if (v is double x && !double.IsFinite(x))
                throw new ArgumentException($"axis '{label}': {name} must be finite, got {x}");
            if (scale == AxisScale.Log && v is double y && y <= 0)
                throw new ArgumentException($"axis '{label}': a log axis needs a positive range, got {name} = {y}; use a linear axis or a {name} > 0");
        }
        if (min is double a && max is double b && !(a < b))
            throw new ArgumentException($"axis '{label}': min ({a}) must be < max ({b})");
        Label = label;
        Scale = scale;
        Min = min;
        Max = max;
    }

    public string Label { get; }

    public AxisScale Scale { get; }

    public double? Min { get; }

    public double? Max { get; }
}
