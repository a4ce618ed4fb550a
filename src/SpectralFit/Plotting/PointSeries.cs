namespace SpectralFit.Plotting;

/// <summary>Markers at (x[i], y[i]) with optional vertical error bars y - low[i] .. y + high[i].</summary>
public sealed record PointSeries : Series
{
    public PointSeries(IReadOnlyList<double> x, IReadOnlyList<double> y, string? label, PlotColor color,
        IReadOnlyList<double>? errorLow = null, IReadOnlyList<double>? errorHigh = null, double markerRadius = 2.0)
        : base(label, color)
    {
        RequireSameLength($"points '{label}' y", x.Count, y.Count);
        if (errorLow is not null)
            RequireSameLength($"points '{label}' lower errors", x.Count, errorLow.Count);
        if (errorHigh is not null)
            RequireSameLength($"points '{label}' upper errors", x.Count, errorHigh.Count);
        X = Copy(x);
        Y = Copy(y);
        ErrorLow = errorLow is null ? null : Copy(errorLow);
        ErrorHigh = errorHigh is null ? ErrorLow : Copy(errorHigh);
        MarkerRadius = RequirePositive($"points '{label}' marker radius", markerRadius);
    }

    public IReadOnlyList<double> X { get; }

    public IReadOnlyList<double> Y { get; }

    /// <summary>Length of the bar below each point (>= 0), or null for no bars.</summary>
    public IReadOnlyList<double>? ErrorLow { get; }

    /// <summary>Length of the bar above each point; the lower errors when not given (symmetric).</summary>
    public IReadOnlyList<double>? ErrorHigh { get; }

    public double MarkerRadius { get; }

    public override IEnumerable<double> XValues => X;

    public override IEnumerable<double> YValues
    {
        get
        {
            for (int i = 0; i < Y.Count; i++)
            {
                yield return Y[i] - (ErrorLow?[i] ?? 0);
                yield return Y[i] + (ErrorHigh?[i] ?? 0);
            }
        }
    }
}
