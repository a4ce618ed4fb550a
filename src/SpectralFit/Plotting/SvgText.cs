using System.Globalization;
using System.Text;

namespace SpectralFit.Plotting;

/// <summary>Text and number formatting for SVG output: escaped text, finite coordinates only.</summary>
internal static class SvgText
{
    /// <summary>Escapes the five XML special characters and drops control characters XML cannot hold.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (c >= 0x20 || c is '\t' or '\n' or '\r')
                        sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A pixel coordinate with two decimals; a non-finite value is a bug and throws.</summary>
    public static string N(double v)
    {
        if (!double.IsFinite(v))
            throw new InvalidOperationException($"non-finite SVG coordinate {v}");
        return Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Dash(LineStyle style) => style switch
    {
        LineStyle.Dashed => " stroke-dasharray=\"6,4\"",
        LineStyle.Dotted => " stroke-dasharray=\"1.5,3\"",
        _ => "",
    };
}
