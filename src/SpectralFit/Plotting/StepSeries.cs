namespace SpectralFit.Plotting;

/// <summary>A step histogram: value[i] drawn flat over [edges[i], edges[i+1]].</summary>
public sealed record StepSeries : Series
{
    public StepSeries(IReadOnlyList<double> edges, IReadOnlyList<double> values, string? label, PlotColor color,
        double width = 1.5, LineStyle style = LineStyle.Solid)
        : base(label, color)
    {
        RequireSameLength($"histogram '{label}' values", edges.Count - 1, values.Count);
        Edges = Copy(edges);
        Values = Copy(values);
        Width = RequirePositive($"histogram '{label}' width", width);
        Style = style;
    }

    public IReadOnlyList<double> Edges { get; }

    public IReadOnlyList<double> Values { get; }

    public double Width { get; }

    public LineStyle Style { get; }

    public override IEnumerable<double> XValues => Edges;

    public override IEnumerable<double> YValues => Values;
}
