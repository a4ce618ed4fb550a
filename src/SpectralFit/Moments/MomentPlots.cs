using SpectralFit.Plotting;

namespace SpectralFit.Moments;

/// <summary>
/// Figures for the moment interpretation, drawn with the project's plotting layer (<see cref="SvgPlotWriter"/>):
/// the allowed transition-moment regions and the published bounds next to this work's limit.
/// Moments are plotted in units of 1e-11 mu_B.
/// </summary>
public static class MomentPlots
{
    public const double Unit = 1e-11;

    /// <summary>
    /// Two panels (mass basis on top, flavour basis below), each with the boundary curves of its planes:
    /// x = |Lambda_a|, y = |Lambda_b|, the allowed region lies below each curve.
    /// </summary>
    public static Figure Regions(IReadOnlyList<TransitionMomentRegion> regions, string title)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var panels = new List<Panel>();
        foreach (var basis in new[] { MomentBasis.Mass, MomentBasis.Flavour })
        {
            var series = new List<Series>();
            int color = 0;
            foreach (var r in regions.Where(r => r.Basis == basis))
            {
                var boundary = r.Boundary(181);
                series.Add(new LineSeries(
                    boundary.Select(p => p.X / Unit).ToArray(), boundary.Select(p => p.Y / Unit).ToArray(),
                    $"({r.AxisA}, {r.AxisB})", Palette.At(color++), width: 2));
            }
            if (series.Count == 0)
                continue;
            string name = basis == MomentBasis.Mass ? "mass basis" : "flavour basis";
            panels.Add(new Panel(new Axis($"|Lambda_b| [1e-11 mu_B], {name}", min: 0), series, Legend: LegendPosition.TopRight));
        }
        if (panels.Count == 0)
            throw new ArgumentException("no regions to plot", nameof(regions));
        return new Figure(title, new Axis("|Lambda_a| [1e-11 mu_B]", min: 0), panels, width: 800, height: 800);
    }

    /// <summary>
    /// Published bounds (numbered in the order of the table, one colour per category, log scale) with this work's
    /// limit as a horizontal red line.
    /// </summary>
    public static Figure Bounds(IReadOnlyList<BoundComparisonRow> rows, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var series = new List<Series>();
        int color = 0;
        foreach (var category in Enum.GetValues<BoundCategory>())
        {
            var indices = Enumerable.Range(0, rows.Count).Where(i => rows[i].Bound.Category == category && !rows[i].IsThisWork).ToArray();
            if (indices.Length == 0)
                continue;
            series.Add(new PointSeries(indices.Select(i => i + 1.0).ToArray(), indices.Select(i => rows[i].Bound.Limit).ToArray(),
                category.ToString(), Palette.At(color++), markerRadius: 4));
        }
        foreach (var own in rows.Where(r => r.IsThisWork))
            series.Add(ReferenceLine.AtY(own.Bound.Limit, $"{own.Bound.Experiment}: {own.Bound.Limit:0.00e+00}", PlotColor.Red, LineStyle.Solid));
        return new Figure(title, new Axis("bound (row of the comparison table)", min: 0, max: rows.Count + 1),
            [new Panel(new Axis("upper limit [mu_B]", AxisScale.Log), series, Legend: LegendPosition.BottomLeft)]);
    }
}
