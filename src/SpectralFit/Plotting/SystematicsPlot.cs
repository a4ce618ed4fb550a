namespace SpectralFit.Plotting;

/// <summary>
/// The systematics plot of physics.md §7: every configuration's likelihood profile L_c(mu) and the
/// weighted sum P(mu) = sum_c w_c L_c(mu), with the 90% C.L. limit of P.
/// </summary>
public static class SystematicsPlot
{
    /// <param name="mu">Common scan points.</param>
    /// <param name="configurations">Each configuration's profile (as it should be drawn, e.g. L_c/L_max) and weight.</param>
    /// <param name="combined">The weighted sum on the same scale.</param>
    /// <param name="limit90">The 90% C.L. upper limit of the combined profile, or null.</param>
    public static Figure Build(IReadOnlyList<double> mu, IReadOnlyList<WeightedProfile> configurations,
        IReadOnlyList<double> combined, double? limit90, string xLabel, string yLabel = "L(μ) / L_max",
        string title = "Systematics: profiles and their weighted sum", int width = 800, int height = 560)
    {
        var series = new List<Series>();
        for (int i = 0; i < configurations.Count; i++)
        {
            var c = configurations[i];
            series.Add(new LineSeries(mu, c.Likelihood, $"{c.Label} (w = {ProfilePlot.Format(c.Weight)})",
                Palette.At(i), width: 1.3, style: LineStyle.Dashed));
        }
        series.Add(new LineSeries(mu, combined, "weighted sum", PlotColor.Black, width: 2.5));
        if (limit90 is double limit)
            series.Add(ReferenceLine.AtX(limit, "90% limit " + ProfilePlot.Format(limit), PlotColor.Red));
        var panel = new Panel(new Axis(yLabel, AxisScale.Linear, 0), series);
        return new Figure(title, new Axis(xLabel), [panel], width, height);
    }
}
