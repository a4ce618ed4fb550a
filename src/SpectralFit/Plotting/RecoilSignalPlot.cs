namespace SpectralFit.Plotting;

/// <summary>
/// Expected electron-recoil signals (e.g. pp and 7Be) with mu = 0 (solid) and with a visible magnetic
/// moment (dashed, same colour) on a log y axis: the moment adds events at low recoil energy (~1/T).
/// </summary>
public static class RecoilSignalPlot
{
    /// <param name="recoilEnergy">Recoil kinetic energies T of the points.</param>
    /// <param name="momentLabel">How the moment is named in the legend, e.g. "μ = 5×10⁻¹¹ μ_B".</param>
    public static Figure Build(IReadOnlyList<double> recoilEnergy, IReadOnlyList<RecoilSignal> signals, string momentLabel,
        string xLabel = "recoil energy T [MeV]", string yLabel = "events / (day · 100 t · MeV)",
        string title = "Expected recoil signals", int width = 800, int height = 560)
    {
        var series = new List<Series>();
        for (int i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            series.Add(new LineSeries(recoilEnergy, s.WithoutMoment, $"{s.Species}, μ = 0", Palette.At(i), width: 2));
            series.Add(new LineSeries(recoilEnergy, s.WithMoment, $"{s.Species}, {momentLabel}", Palette.At(i), width: 2, style: LineStyle.Dashed));
        }
        var values = signals.SelectMany(s => s.WithoutMoment.Concat(s.WithMoment)).Where(v => v > 0 && double.IsFinite(v)).ToList();
        double peak = values.DefaultIfEmpty(1).Max();
        double yMin = Math.Max(values.DefaultIfEmpty(1e-3).Min(), peak * 1e-4);
        var panel = new Panel(new Axis(yLabel, AxisScale.Log, yMin, peak * 2), series);
        return new Figure(title, new Axis(xLabel), [panel], width, height);
    }
}
