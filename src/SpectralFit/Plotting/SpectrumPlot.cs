namespace SpectralFit.Plotting;

/// <summary>
/// The fit plot: data (points with errors), the total model and every component as step histograms on
/// a log y axis, and below it the residuals per bin: (n - m)/sqrt(m) for counts (Pearson), or
/// (n - m)/sigma_n with the given data errors.
/// </summary>
public static class SpectrumPlot
{
    public static Figure Build(SpectrumPlotData data, int width = 900, int height = 700)
    {
        int bins = data.Edges.Count - 1;
        Require(data.Observed.Count == bins && data.Total.Count == bins, data.Title, "data and total need one value per bin");
        Require(data.ObservedErrors is null || data.ObservedErrors.Count == bins, data.Title, "data errors need one value per bin");
        foreach (var c in data.Components)
            Require(c.Values.Count == bins, data.Title, $"component '{c.Label}' needs {bins} values, has {c.Values.Count}");

        var centres = new double[bins];
        var errors = new double[bins];
        var residuals = new double[bins];
        for (int i = 0; i < bins; i++)
        {
            centres[i] = 0.5 * (data.Edges[i] + data.Edges[i + 1]);
            double m = data.Total[i];
            if (data.ObservedErrors is { } given)
            {
                errors[i] = given[i];
                residuals[i] = given[i] > 0 ? (data.Observed[i] - m) / given[i] : double.NaN;
            }
            else
            {
                errors[i] = Math.Sqrt(Math.Max(data.Observed[i], 0));
                residuals[i] = m > 0 ? (data.Observed[i] - m) / Math.Sqrt(m) : double.NaN;
            }
        }

        var series = new List<Series>();
        for (int k = 0; k < data.Components.Count; k++)
            series.Add(new StepSeries(data.Edges, data.Components[k].Values, data.Components[k].Label, Palette.At(k), width: 1.2));
        series.Add(new StepSeries(data.Edges, data.Total, "total fit", PlotColor.Red, width: 2));
        series.Add(new PointSeries(centres, data.Observed, "data", PlotColor.Black, errors, markerRadius: 1.3));

        // Show at least the smallest positive total/data (halved) and at most 7 decades below the peak.
        double peak = data.Total.Concat(data.Observed).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        double smallest = data.Total.Concat(data.Observed).Where(v => v > 0 && double.IsFinite(v)).DefaultIfEmpty(1).Min();
        peak = Math.Max(peak, smallest * 10);
        double yMin = Math.Max(0.5 * smallest, peak * 1e-7);
        var spectrum = new Panel(new Axis(data.YLabel, AxisScale.Log, yMin, peak * 3), series, 3.0);

        double spread = residuals.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        double r = Math.Max(3.0, Math.Ceiling(spread * 1.1));
        string residualLabel = data.ObservedErrors is null ? "(data − fit)/√fit" : "(data − fit)/σ";
        var residualPanel = new Panel(new Axis(residualLabel, AxisScale.Linear, -r, r),
        [
            ReferenceLine.AtY(0, null, PlotColor.Gray, LineStyle.Solid),
            new PointSeries(centres, residuals, null, PlotColor.Black, markerRadius: 1.3),
        ], 1.0, LegendPosition.None);

        return new Figure(data.Title, new Axis(data.XLabel, AxisScale.Linear, data.Edges[0], data.Edges[^1]),
            [spectrum, residualPanel], width, height);
    }

    private static void Require(bool ok, string title, string message)
    {
        if (!ok)
            throw new ArgumentException($"spectrum plot '{title}': {message}");
    }
}
