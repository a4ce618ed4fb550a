using SpectralFit.Plotting;

namespace SpectralFit.Reports;

/// <summary>An SVG image embedded inline in the report, with a caption.</summary>
public sealed record ReportFigure : ReportBlock
{
    /// <param name="svg">A standalone SVG document (an XML declaration in front is removed).</param>
    public ReportFigure(string caption, string svg)
    {
        string body = svg.TrimStart();
        if (body.StartsWith("<?xml", StringComparison.Ordinal))
            body = body[(body.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
        if (!body.StartsWith("<svg", StringComparison.Ordinal))
            throw new ArgumentException($"figure '{caption}': expected an SVG document starting with <svg");
        Caption = caption;
        Svg = body;
    }

    /// <summary>Draws the figure with <see cref="SvgPlotWriter"/>.</summary>
    public static ReportFigure FromFigure(Figure figure, string caption) => new(caption, SvgPlotWriter.Write(figure));

    public string Caption { get; }

    public string Svg { get; }
}
