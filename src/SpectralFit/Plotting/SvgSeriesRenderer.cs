using System.Text;
using static SpectralFit.Plotting.SvgText;

namespace SpectralFit.Plotting;

/// <summary>Draws one series as SVG elements; points that cannot be placed (NaN, &lt;= 0 on log) become gaps.</summary>
internal static class SvgSeriesRenderer
{
    public static void Render(StringBuilder svg, Series series, AxisMap x, AxisMap y)
    {
        switch (series)
        {
            case LineSeries line:
                Path(svg, Polyline(line.X, line.Y, x, y), line.Color, line.Width, line.Style);
                break;
            case StepSeries step:
                Path(svg, Steps(step, x, y), step.Color, step.Width, step.Style);
                break;
            case PointSeries points:
                Points(svg, points, x, y);
                break;
            case BandSeries band:
                Band(svg, band, x, y);
                break;
            case ReferenceLine r:
                Reference(svg, r, x, y);
                break;
            default:
                throw new NotSupportedException($"the SVG writer cannot draw {series.GetType().Name}");
        }
    }

    private static string Polyline(IReadOnlyList<double> xs, IReadOnlyList<double> ys, AxisMap x, AxisMap y)
    {
        var d = new StringBuilder();
        bool pen = false;
        for (int i = 0; i < xs.Count; i++)
        {
            if (!x.CanMap(xs[i]) || !y.CanMap(ys[i]))
            {
                pen = false;
                continue;
            }
            d.Append(pen ? " L" : " M").Append(N(x.Map(xs[i]))).Append(',').Append(N(y.Map(ys[i])));
            pen = true;
        }
        return d.ToString();
    }

    private static string Steps(StepSeries s, AxisMap x, AxisMap y)
    {
        var d = new StringBuilder();
        bool pen = false;
        for (int i = 0; i < s.Values.Count; i++)
        {
            double lo = s.Edges[i], hi = s.Edges[i + 1], v = s.Values[i];
            if (!x.CanMap(lo) || !x.CanMap(hi) || !y.CanMap(v))
            {
                pen = false;
                continue;
            }
            string py = N(y.Map(v));
            if (pen)
                d.Append(" V").Append(py);
            else
                d.Append(" M").Append(N(x.Map(lo))).Append(',').Append(py);
            d.Append(" H").Append(N(x.Map(hi)));
            pen = true;
        }
        return d.ToString();
    }

    private static void Path(StringBuilder svg, string d, PlotColor color, double width, LineStyle style)
    {
        if (d.Length == 0)
            return;
        svg.Append($"<path d=\"{d.Trim()}\" fill=\"none\" stroke=\"{color.Hex}\" stroke-width=\"{N(width)}\" stroke-linejoin=\"round\"{Dash(style)}/>\n");
    }

    private static void Points(StringBuilder svg, PointSeries p, AxisMap x, AxisMap y)
    {
        var bars = new StringBuilder();
        var marks = new StringBuilder();
        for (int i = 0; i < p.X.Count; i++)
        {
            if (!x.CanMap(p.X[i]) || !y.CanMap(p.Y[i]))
                continue;
            string px = N(x.Map(p.X[i]));
            if (p.ErrorLow is not null && p.ErrorHigh is not null)
            {
                double low = p.Y[i] - p.ErrorLow[i], high = p.Y[i] + p.ErrorHigh[i];
                if (double.IsFinite(low) && double.IsFinite(high))
                    bars.Append(" M").Append(px).Append(',').Append(N(y.MapOrLowEnd(low))).Append(" V").Append(N(y.Map(high)));
            }
            marks.Append($"<circle cx=\"{px}\" cy=\"{N(y.Map(p.Y[i]))}\" r=\"{N(p.MarkerRadius)}\"/>");
        }
        if (bars.Length > 0)
            svg.Append($"<path d=\"{bars.ToString().Trim()}\" fill=\"none\" stroke=\"{p.Color.Hex}\" stroke-width=\"1\"/>\n");
        svg.Append($"<g fill=\"{p.Color.Hex}\">").Append(marks).Append("</g>\n");
    }

    private static void Band(StringBuilder svg, BandSeries b, AxisMap x, AxisMap y)
    {
        // One polygon per run of placeable points: along the upper edge, back along the lower edge.
        int i = 0;
        while (i < b.X.Count)
        {
            int start = i;
            while (i < b.X.Count && x.CanMap(b.X[i]) && y.CanMap(b.High[i]) && double.IsFinite(b.Low[i]))
                i++;
            if (i - start >= 2)
            {
                var pts = new StringBuilder();
                for (int k = start; k < i; k++)
                    pts.Append(N(x.Map(b.X[k]))).Append(',').Append(N(y.Map(b.High[k]))).Append(' ');
                for (int k = i - 1; k >= start; k--)
                    pts.Append(N(x.Map(b.X[k]))).Append(',').Append(N(y.MapOrLowEnd(b.Low[k]))).Append(' ');
                svg.Append($"<polygon points=\"{pts.ToString().Trim()}\" fill=\"{b.Color.Hex}\" fill-opacity=\"{N(b.Opacity)}\" stroke=\"none\"/>\n");
            }
            i = Math.Max(i, start + 1);
        }
    }

    private static void Reference(StringBuilder svg, ReferenceLine r, AxisMap x, AxisMap y)
    {
        string attrs = $"stroke=\"{r.Color.Hex}\" stroke-width=\"{N(r.Width)}\"{Dash(r.Style)}";
        if (r.Horizontal && y.CanMap(r.Value))
        {
            string py = N(y.Map(r.Value));
            svg.Append($"<line x1=\"{N(x.PixelStart)}\" y1=\"{py}\" x2=\"{N(x.PixelEnd)}\" y2=\"{py}\" {attrs}/>\n");
        }
        else if (!r.Horizontal && x.CanMap(r.Value))
        {
            string px = N(x.Map(r.Value));
            svg.Append($"<line x1=\"{px}\" y1=\"{N(y.PixelStart)}\" x2=\"{px}\" y2=\"{N(y.PixelEnd)}\" {attrs}/>\n");
        }
    }

    /// <summary>The small sample of the series drawn in the legend, centred at (cx, cy).</summary>
    public static void LegendSample(StringBuilder svg, Series s, double cx, double cy)
    {
        string x0 = N(cx - 12), x1 = N(cx + 12), py = N(cy);
        switch (s)
        {
            case PointSeries p:
                svg.Append($"<line x1=\"{N(cx)}\" y1=\"{N(cy - 5)}\" x2=\"{N(cx)}\" y2=\"{N(cy + 5)}\" stroke=\"{p.Color.Hex}\"/>");
                svg.Append($"<circle cx=\"{N(cx)}\" cy=\"{py}\" r=\"{N(p.MarkerRadius + 0.5)}\" fill=\"{p.Color.Hex}\"/>\n");
                break;
            case BandSeries b:
                svg.Append($"<rect x=\"{x0}\" y=\"{N(cy - 5)}\" width=\"24\" height=\"10\" fill=\"{b.Color.Hex}\" fill-opacity=\"{N(b.Opacity)}\"/>\n");
                break;
            default:
                var (width, style) = s switch
                {
                    LineSeries l => (l.Width, l.Style),
                    StepSeries st => (st.Width, st.Style),
                    ReferenceLine r => (r.Width, r.Style),
                    _ => (1.5, LineStyle.Solid),
                };
                svg.Append($"<line x1=\"{x0}\" y1=\"{py}\" x2=\"{x1}\" y2=\"{py}\" stroke=\"{s.Color.Hex}\" stroke-width=\"{N(width)}\"{Dash(style)}/>\n");
                break;
        }
    }
}
