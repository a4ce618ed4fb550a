using System.Net;
using System.Text;
using SolarFlux.Common;

namespace SpectralFit.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page: inline CSS, inline SVG
/// figures, no scripts and no external files. The output is also well-formed XML.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 960px; color: #222; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        .subtitle { color: #666; margin-top: 0; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.8em; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { border: 1px solid #ddd; padding: 0.25em 0.7em; }
        td { font-variant-numeric: tabular-nums; }
        th { background: #f1f1f1; text-align: left; }
        tr:nth-child(even) td { background: #fafafa; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.9em; }
        """;

    public static string Write(ReportDocument report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append($"<title>{E(report.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{E(report.Title)}</h1>\n<p class=\"subtitle\">{E(report.Subtitle)}</p>\n");
        foreach (var section in report.Sections)
        {
            html.Append($"<section>\n<h2>{E(section.Heading)}</h2>\n");
            foreach (var block in section.Blocks)
                WriteBlock(html, block);
            html.Append("</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the page all-or-nothing (<see cref="AtomicFile"/>).</summary>
    public static void WriteFile(string path, ReportDocument report) => AtomicFile.WriteAllText(path, Write(report));

    private static void WriteBlock(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph p:
                html.Append($"<p>{E(p.Text)}</p>\n");
                break;
            case ReportTable t:
                html.Append($"<table>\n<caption>{E(t.Caption)}</caption>\n<thead><tr>");
                foreach (string h in t.Headers)
                    html.Append($"<th>{E(h)}</th>");
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    foreach (string cell in row)
                        html.Append($"<td>{E(cell)}</td>");
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table>\n");
                break;
            case ReportFigure f:
                html.Append("<figure>\n").Append(f.Svg).Append($"<figcaption>{E(f.Caption)}</figcaption>\n</figure>\n");
                break;
            default:
                throw new NotSupportedException($"the HTML writer cannot write {block.GetType().Name}");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
