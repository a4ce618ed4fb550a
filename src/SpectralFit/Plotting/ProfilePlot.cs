using System.Globalization;

namespace SpectralFit.Plotting;

/// <summary>
/// The profile -2 Delta ln L(mu) of the parameter of interest with the 90% C.L. line: for one parameter
/// -2 Delta ln L = 2.706 is the 90% quantile of chi^2 with 1 degree of freedom (Wilks).
/// </summary>
public static class ProfilePlot
{
    /// <summary>chi^2 (1 d.o.f.) 90% quantile, 2.7055 (PDG, Statistics review, Table 40.2).</summary>
    public const double Chi2OneDofQuantile90 = 2.7055;

    /// <param name="mu">Scan points (any unit; say it in <paramref name="xLabel"/>).</param>
    /// <param name="minus2DeltaLnL">-2 (ln L(mu) - ln L_max) at each point.</param>
    /// <param name="limit90">The 90% C.L. upper limit to mark, or null.</param>
    public static Figure Build(IReadOnlyList<double> mu, IReadOnlyList<double> minus2DeltaLnL, double? limit90,
        string xLabel, string title = "Profile likelihood", int width = 800, int height = 520)
    {
        double top = Math.Max(2 * Chi2OneDofQuantile90, minus2DeltaLnL.Where(double.IsFinite).DefaultIfEmpty(0).Max() * 1.05);
        var series = new List<Series>
        {
            new LineSeries(mu, minus2DeltaLnL, "−2Δln L", Palette.At(0), width: 2),
            ReferenceLine.AtY(Chi2OneDofQuantile90, "90% C.L. (Δχ² = 2.71)", PlotColor.Gray),
        };
        if (limit90 is double limit)
            series.Add(ReferenceLine.AtX(limit, "90% limit " + Format(limit), PlotColor.Red));
        var panel = new Panel(new Axis("−2Δln L", AxisScale.Linear, 0, top), series, Legend: LegendPosition.TopLeft);
        return new Figure(title, new Axis(xLabel), [panel], width, height);
    }

    internal static string Format(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
}
