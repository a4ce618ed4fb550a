namespace SpectralFit.Plotting;

/// <summary>
/// A backend-independent description of a plot: panels stacked vertically (top first) sharing one x
/// axis. <see cref="SvgPlotWriter"/> draws it; another backend can draw the same model.
/// </summary>
public sealed record Figure
{
    public Figure(string title, Axis xAxis, IReadOnlyList<Panel> panels, int width = 800, int height = 600)
    {
        if (panels.Count == 0)
            throw new ArgumentException($"figure '{title}': needs at least one panel");
        if (width < 200 || height < 150)
            throw new ArgumentException($"figure '{title}': size {width}x{height} is too small (at least 200x150)");
        if (panels.Any(p => !(p.HeightWeight > 0) || !double.IsFinite(p.HeightWeight)))
            throw new ArgumentException($"figure '{title}': panel height weights must be finite and > 0");
        Title = title;
        XAxis = xAxis;
        Panels = [.. panels];
        Width = width;
        Height = height;
    }

    public string Title { get; }

    public Axis XAxis { get; }

    public IReadOnlyList<Panel> Panels { get; }

    public int Width { get; }

    public int Height { get; }
}
