using DetectorResponse.Templates;
using SolarFlux.Common;
using TestSupport;

namespace DetectorResponse.Tests.Templates;

public class TemplateFileTests
{
    [Test]
    public void Load_BorexinoPhase3Shape_GivesBinsAndDensityTimesWidth()
    {
        // Borexino open data (arXiv:2005.12829): phase3/Be7_pdfkeV__2.txt, first row
        // "87.6231,91.953,0.0723871,0.0111493", 185 rows, last E_hi 2610.79 keV.
        var h = TemplateFile.Load(SharedData.Path("borexino/phase3/Be7_pdfkeV__2.txt"));
        Assert.That(h.Count, Is.EqualTo(185));
        Assert.That(h.Low(0), Is.EqualTo(87.6231));
        Assert.That(h.High(h.Count - 1), Is.EqualTo(2610.79));
        Assert.That(h.Contents[0], Is.EqualTo(0.0723871 * (91.953 - 87.6231)).Within(1e-12));
    }

    [TestCase("0,1,1\n0.5,2,1\n", ":2:", "overlap")]
    [TestCase("1,2,1\n0,1,1\n", ":2:", "unsorted")]
    [TestCase("0,1,1\n1,2,-0.5\n", ":2:", "density must be >= 0")]
    [TestCase("0,1,nan\n", ":1:", "finite")]
    [TestCase("0,1,1\n1,2,1e999\n", ":2:", "finite")]
    [TestCase("# c\n2,1,1\n", ":2:", "must exceed")]
    [TestCase("0,1\n", ":1:", "expected")]
    public void Load_BadRow_NamesFileAndLine(string text, string where, string what)
    {
        using var tmp = new TempFiles();
        string path = tmp.Write("t.txt", text);
        var e = Assert.Throws<UserInputException>(() => TemplateFile.Load(path))!;
        Assert.That(e.Message, Does.StartWith(path + where));
        Assert.That(e.Message, Does.Contain(what));
    }

    [Test]
    public void Load_EmptyOrMissing_IsUserError()
    {
        using var tmp = new TempFiles();
        Assert.That(Assert.Throws<UserInputException>(() => TemplateFile.Load(tmp.Write("e.txt", "# nothing\n\n")))!.Message, Does.Contain("empty"));
        Assert.That(Assert.Throws<UserInputException>(() => TemplateFile.Load(tmp.Write("z.txt", "0 1 0\n1 2 0\n")))!.Message, Does.Contain("empty"));
        Assert.That(Assert.Throws<UserInputException>(() => TemplateFile.Load(tmp.PathOf("x.txt")))!.Message, Does.Contain("not found"));
    }

    [Test]
    public void Load_GapBetweenBins_BecomesZeroBin()
    {
        using var tmp = new TempFiles();
        var h = TemplateFile.Load(tmp.Write("g.txt", "0 1 2\n3\t4\t1\n"));
        Assert.That(h.Edges.ToArray(), Is.EqualTo(new[] { 0.0, 1, 3, 4 }));
        Assert.That(h.Contents.ToArray(), Is.EqualTo(new[] { 2.0, 0, 1 }));
    }
}
