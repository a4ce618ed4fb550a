using System.Xml.Linq;

namespace SpectralFit.Tests.Plotting;

/// <summary>Parses SVG output with System.Xml and finds its parts.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg)
    {
        Assert.That(svg, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"));
        return XDocument.Parse(svg); // throws on malformed XML
    }

    public static List<XElement> SeriesGroups(XDocument doc) =>
        [.. doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series")];

    /// <summary>Exponents of the power-of-ten tick labels ("10" with a superscript tspan).</summary>
    public static List<string> DecadeExponents(XDocument doc) =>
        [.. doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "tick-labels")
            .Descendants(Svg + "tspan").Select(t => t.Value)];
}
