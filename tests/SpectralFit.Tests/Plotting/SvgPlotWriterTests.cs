using System.Xml.Linq;
using SpectralFit.Plotting;
using static SpectralFit.Tests.Plotting.SvgAssert;

namespace SpectralFit.Tests.Plotting;

public class SvgPlotWriterTests
{
    private static Figure TwoPanelFigure(params Series[] top) =>
        new("test", new Axis("x"),
        [
            new Panel(new Axis("y", AxisScale.Log), top, 3),
            new Panel(new Axis("residual"), [ReferenceLine.AtY(0, null, PlotColor.Gray)], 1, LegendPosition.None),
        ]);

    [Test]
    public void Write_EverySeriesKind_IsWellFormedXmlWithOneGroupPerSeries()
    {
        double[] x = [1, 2, 3, 4];
        var figure = TwoPanelFigure(
            new LineSeries(x, [1, 10, 100, 1000], "line", Palette.At(0)),
            new StepSeries([0.5, 1.5, 2.5, 3.5, 4.5], [5, 50, 500, 5], "steps", Palette.At(1)),
            new PointSeries(x, [2, 20, 200, 2000], "points", PlotColor.Black, [1, 4, 14, 45]),
            new BandSeries(x, [1, 5, 50, 500], [3, 30, 300, 3000], "band", Palette.At(2)),
            ReferenceLine.AtX(2.5, "vertical", PlotColor.Red));

        var doc = Parse(SvgPlotWriter.Write(figure));

        Assert.That(doc.Root!.Name, Is.EqualTo(Svg + "svg"));
        Assert.That(SeriesGroups(doc), Has.Count.EqualTo(6));
        Assert.That(SeriesGroups(doc).Select(g => (string?)g.Attribute("data-label")),
            Is.EqualTo(new[] { "line", "steps", "points", "band", "vertical", null }));
        Assert.That(doc.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "legend"), Is.EqualTo(1));
        Assert.That(doc.Descendants(Svg + "polygon").Count(), Is.EqualTo(1));
        Assert.That(doc.Descendants(Svg + "clipPath").Count(), Is.EqualTo(2));
    }

    [Test]
    public void Write_LogAxis_LabelsEveryDecadeAsPowerOfTen()
    {
        var figure = TwoPanelFigure(new LineSeries([1, 2], [1, 1e5], "l", Palette.At(0)));
        var doc = Parse(SvgPlotWriter.Write(figure));
        Assert.That(DecadeExponents(doc), Is.SupersetOf(new[] { "0", "1", "2", "3", "4", "5" }));
    }

    [Test]
    public void Write_NonFiniteAndNonPositiveValues_BecomeGapsNotText()
    {
        var figure = TwoPanelFigure(
            new LineSeries([1, 2, 3, 4, 5, 6], [1, 2, double.NaN, 4, 0, 6], "gappy", Palette.At(0)),
            new PointSeries([1, 2, 3], [double.PositiveInfinity, 3, -1], "pts", PlotColor.Black, [1, double.NaN, 1]));

        var doc = Parse(SvgPlotWriter.Write(figure));

        string d = (string)SeriesGroups(doc)[0].Element(Svg + "path")!.Attribute("d")!;
        Assert.That(d.Count(c => c == 'M'), Is.EqualTo(3), "NaN and 0 (log axis) split the line into runs (1,2), (4) and (6)");
        Assert.That(SeriesGroups(doc)[1].Descendants(Svg + "circle").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Write_TextWithMarkupCharacters_IsEscaped()
    {
        const string label = "a < b & c > \"d\" 'e'";
        var figure = new Figure(label, new Axis("x & y"),
            [new Panel(new Axis("<y>"), [new LineSeries([0, 1], [0, 1], label, Palette.At(0))])]);
        var doc = Parse(SvgPlotWriter.Write(figure));
        Assert.That(doc.Root!.Element(Svg + "title")!.Value, Is.EqualTo(label));
        Assert.That(doc.Descendants(Svg + "text").Select(t => t.Value), Does.Contain("x & y").And.Contain("<y>").And.Contain(label));
    }

    [Test]
    public void WriteFile_WritesAStandaloneSvgDocument()
    {
        string dir = Directory.CreateTempSubdirectory("spectralfit-svg-").FullName;
        try
        {
            string path = Path.Combine(dir, "sub", "plot.svg");
            SvgPlotWriter.WriteFile(path, TwoPanelFigure(new LineSeries([1, 2], [1, 10], "l", Palette.At(0))));
            string text = File.ReadAllText(path);
            Assert.That(text, Does.StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
            Assert.That(XDocument.Parse(text).Root!.Name, Is.EqualTo(Svg + "svg"));
            Assert.That(Directory.GetFiles(Path.Combine(dir, "sub")), Has.Length.EqualTo(1), "no temporary file left");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Series_NonFiniteWidth_IsRejectedWhenDescribed()
    {
        Assert.That(() => new LineSeries([0, 1], [0, 1], "l", Palette.At(0), width: double.NaN),
            Throws.ArgumentException.With.Message.Contains("line 'l' width: expected a finite value > 0"));
        Assert.That(() => new PointSeries([0], [0], "p", Palette.At(0), markerRadius: 0),
            Throws.ArgumentException.With.Message.Contains("marker radius"));
    }

    [Test]
    public void Write_LogAxisWithoutPositiveData_FailsClearly()
    {
        var figure = TwoPanelFigure(new LineSeries([1, 2], [0, -3], "l", Palette.At(0)));
        var e = Assert.Throws<ArgumentException>(() => SvgPlotWriter.Write(figure))!;
        Assert.That(e.Message, Does.Contain("axis 'y': no positive values to show on a log axis"));
    }
}
