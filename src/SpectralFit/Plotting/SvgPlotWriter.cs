using System.Text;
using SolarFlux.Common;
using static SpectralFit.Plotting.SvgText;

namespace SpectralFit.Plotting;

/// <summary>
/// Draws a <see cref="Figure"/> as a standalone SVG document. Each series is one
/// <c>&lt;g class="series"&gt;</c> element clipped to its panel; text is escaped and only finite
/// coordinates are written (never NaN or Infinity).
/// </summary>
public static class SvgPlotWriter
{
    private const double MarginLeft = 80, MarginRight = 22, MarginTop = 38, MarginBottom = 54, PanelGap = 10;
    private const string Font = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    /// <summary>The SVG document (UTF-8 text, no XML declaration so it can also be inlined in HTML).</summary>
    public static string Write(Figure figure)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{figure.Width}\" height=\"{figure.Height}\" ");
        svg.Append($"viewBox=\"0 0 {figure.Width} {figure.Height}\" {Font} font-size=\"12\">\n");
        svg.Append($"<title>{Escape(figure.Title)}</title>\n");
        svg.Append($"<rect width=\"{figure.Width}\" height=\"{figure.Height}\" fill=\"white\"/>\n");
        svg.Append($"<text x=\"{N(figure.Width / 2.0)}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(figure.Title)}</text>\n");

        double plotLeft = MarginLeft, plotRight = figure.Width - MarginRight;
        var xData = figure.Panels.SelectMany(p => p.Series).SelectMany(s => s.XValues);
        var (xMin, xMax) = AxisRange.Resolve(figure.XAxis, xData);
        var xTicks = AxisTicks.For(figure.XAxis.Scale, xMin, xMax, targetCount: 8);
        string clipPrefix = ClipPrefix(figure);

        double available = figure.Height - MarginTop - MarginBottom - PanelGap * (figure.Panels.Count - 1);
        double totalWeight = figure.Panels.Sum(p => p.HeightWeight);
        double top = MarginTop;
        for (int i = 0; i < figure.Panels.Count; i++)
        {
            var panel = figure.Panels[i];
            double height = available * panel.HeightWeight / totalWeight;
            var x = new AxisMap(figure.XAxis.Scale, xMin, xMax, plotLeft, plotRight);
            var (yMin, yMax) = AxisRange.Resolve(panel.YAxis, panel.Series.SelectMany(s => s.YValues));
            var y = new AxisMap(panel.YAxis.Scale, yMin, yMax, top + height, top);
            bool bottom = i == figure.Panels.Count - 1;
            DrawPanel(svg, panel, x, y, xTicks, bottom, $"{clipPrefix}-{i}");
            top += height + PanelGap;
        }

        double last = figure.Height - MarginBottom;
        svg.Append($"<text x=\"{N((plotLeft + plotRight) / 2)}\" y=\"{N(last + 40)}\" text-anchor=\"middle\" font-size=\"13\">{Escape(figure.XAxis.Label)}</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Writes the SVG file all-or-nothing (<see cref="AtomicFile"/>).</summary>
    public static void WriteFile(string path, Figure figure) =>
        AtomicFile.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Write(figure));

    private static void DrawPanel(StringBuilder svg, Panel panel, AxisMap x, AxisMap y, IReadOnlyList<Tick> xTicks, bool bottom, string clipId)
    {
        double left = x.PixelStart, right = x.PixelEnd, top = y.PixelEnd, low = y.PixelStart;
        svg.Append($"<clipPath id=\"{clipId}\"><rect x=\"{N(left)}\" y=\"{N(top)}\" width=\"{N(right - left)}\" height=\"{N(low - top)}\"/></clipPath>\n");

        // grid and ticks
        var yTicks = AxisTicks.For(panel.YAxis.Scale, y.Min, y.Max, targetCount: Math.Max(3, (int)((low - top) / 55)));
        svg.Append("<g class=\"grid\" stroke=\"#e4e4e4\" stroke-width=\"1\">");
        foreach (var t in xTicks.Where(t => t.Major))
            svg.Append($"<line x1=\"{N(x.Map(t.Value))}\" y1=\"{N(top)}\" x2=\"{N(x.Map(t.Value))}\" y2=\"{N(low)}\"/>");
        foreach (var t in yTicks.Where(t => t.Major))
            svg.Append($"<line x1=\"{N(left)}\" y1=\"{N(y.Map(t.Value))}\" x2=\"{N(right)}\" y2=\"{N(y.Map(t.Value))}\"/>");
        svg.Append("</g>\n");

        svg.Append("<g class=\"ticks\" stroke=\"black\" stroke-width=\"1\">");
        foreach (var t in xTicks)
        {
            double px = x.Map(t.Value), len = t.Major ? 6 : 3;
            svg.Append($"<line x1=\"{N(px)}\" y1=\"{N(low)}\" x2=\"{N(px)}\" y2=\"{N(low - len)}\"/>");
        }
        foreach (var t in yTicks)
        {
            double py = y.Map(t.Value), len = t.Major ? 6 : 3;
            svg.Append($"<line x1=\"{N(left)}\" y1=\"{N(py)}\" x2=\"{N(left + len)}\" y2=\"{N(py)}\"/>");
        }
        svg.Append("</g>\n");

        svg.Append("<g class=\"tick-labels\" font-size=\"11\">");
        foreach (var t in yTicks.Where(t => t.Major && t.Label.Length > 0))
            svg.Append(TickLabel(t, left - 6, y.Map(t.Value) + 4, "end"));
        if (bottom)
        {
            foreach (var t in xTicks.Where(t => t.Major && t.Label.Length > 0))
                svg.Append(TickLabel(t, x.Map(t.Value), low + 17, "middle"));
        }
        svg.Append("</g>\n");

        double midY = (top + low) / 2;
        svg.Append($"<text x=\"18\" y=\"{N(midY)}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {N(midY)})\">{Escape(panel.YAxis.Label)}</text>\n");

        foreach (var series in panel.Series)
        {
            string label = series.Label is null ? "" : $" data-label=\"{Escape(series.Label)}\"";
            svg.Append($"<g class=\"series\"{label} clip-path=\"url(#{clipId})\">\n");
            SvgSeriesRenderer.Render(svg, series, x, y);
            svg.Append("</g>\n");
        }
        svg.Append($"<rect class=\"frame\" x=\"{N(left)}\" y=\"{N(top)}\" width=\"{N(right - left)}\" height=\"{N(low - top)}\" fill=\"none\" stroke=\"black\" stroke-width=\"1\"/>\n");
        DrawLegend(svg, panel, left, right, top, low);
    }

    private static string TickLabel(Tick t, double px, double py, string anchor)
    {
        string text = Escape(t.Label);
        if (t.Exponent is not null)
            text += $"<tspan dy=\"-5\" font-size=\"9\">{Escape(t.Exponent)}</tspan>";
        return $"<text x=\"{N(px)}\" y=\"{N(py)}\" text-anchor=\"{anchor}\">{text}</text>";
    }

    private static void DrawLegend(StringBuilder svg, Panel panel, double left, double right, double top, double low)
    {
        var entries = panel.Series.Where(s => s.Label is not null).ToList();
        if (panel.Legend == LegendPosition.None || entries.Count == 0)
            return;
        const double row = 17, pad = 6;
        double width = 40 + 6.8 * entries.Max(s => s.Label!.Length) + pad;
        double height = row * entries.Count + pad;
        double lx = panel.Legend is LegendPosition.TopLeft or LegendPosition.BottomLeft ? left + 8 : right - 8 - width;
        double ly = panel.Legend is LegendPosition.BottomLeft or LegendPosition.BottomRight ? low - 8 - height : top + 8;

        svg.Append($"<g class=\"legend\"><rect x=\"{N(lx)}\" y=\"{N(ly)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#999999\"/>\n");
        for (int i = 0; i < entries.Count; i++)
        {
            double cy = ly + pad / 2 + row * (i + 0.5);
            SvgSeriesRenderer.LegendSample(svg, entries[i], lx + 18, cy);
            svg.Append($"<text x=\"{N(lx + 36)}\" y=\"{N(cy + 4)}\">{Escape(entries[i].Label!)}</text>\n");
        }
        svg.Append("</g>\n");
    }

    /// <summary>
    /// A clip-path id prefix from the figure's geometry: figures inlined in one HTML page with the same
    /// prefix have identical clip rectangles, so a shared id can never clip the wrong area.
    /// </summary>
    private static string ClipPrefix(Figure figure)
    {
        uint h = 2166136261;
        string key = $"{figure.Width}x{figure.Height}:" + string.Join(",", figure.Panels.Select(p => p.HeightWeight.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (char c in key)
            h = (h ^ c) * 16777619;
        return $"sfclip{h:x8}";
    }
}
