using DetectorResponse.Data;
using SolarFlux.Common;
using TestSupport;

namespace DetectorResponse.Tests.Data;

public class PublishedSpectrumReaderTests
{
    // Source of all expected numbers: ../shared/data/PROVENANCE.md ("Over N_h 93-950 (858 bins,
    // counts = rate x 582.33) ... Total 220,064 counts") and the files themselves.
    [Test]
    public void Phase2_Read_Gives858BinsAnd220064Events()
    {
        var d = Phase2SpectrumReader.Read(SharedData.Path("borexino/phase2_nature2018_fig2a.txt"));
        Assert.That(d.Count, Is.EqualTo(858));
        Assert.That(d.Low(0), Is.EqualTo(92)); // row N_h holds [N_h - 1, N_h) (Phase2SpectrumReader)
        Assert.That(d.High(d.Count - 1), Is.EqualTo(950));
        Assert.That(d.TotalCounts, Is.EqualTo(220064));
        Assert.That(d.Exposure, Is.EqualTo(582.33));
        Assert.That(d.Estimator, Is.EqualTo("Nh"));
        // first kept row: N_h 93, rate 16.4255 -> 16.4255 x 582.33 = 9565.06 -> 9565 events
        Assert.That(d.Counts[0], Is.EqualTo(9565));
        // last row: N_h 950, rate 0.0034345 -> 2 events
        Assert.That(d.Counts[^1], Is.EqualTo(2));
    }

    [Test]
    public void Phase2_ReadRows_DropsCorruptRowAndConvertsErrors()
    {
        var rows = Phase2SpectrumReader.ReadRows(SharedData.Path("borexino/phase2_nature2018_fig2a.txt"));
        Assert.That(rows[0].Nh, Is.EqualTo(93));
        Assert.That(rows[0].EnergyKeV, Is.EqualTo(214.537));
        // the error column is Poisson: error x 582.33 = sqrt(counts)
        Assert.That(rows[0].Error, Is.EqualTo(Math.Sqrt(9565)).Within(0.01));
        Assert.That(rows.All(r => double.IsFinite(r.Residual)), Is.True);
    }

    [Test]
    public void Phase3_Read_HandlesFusedRowAndMinusInfinity()
    {
        string path = SharedData.Path("borexino/phase3/PRL2022_SubtractedSpectrumFit_Data.txt");
        var rows = Phase3SpectrumReader.ReadRows(path);
        Assert.That(rows.Count, Is.EqualTo(817));
        Assert.That(rows[0].Nh, Is.EqualTo(137));
        Assert.That(rows[^1].Nh, Is.EqualTo(953));
        var fused = rows.Single(r => r.Nh == 866); // data row 730: "2.82843-0.000936334"
        Assert.That(fused.Counts, Is.EqualTo(8));
        Assert.That(fused.Error, Is.EqualTo(2.82843));
        Assert.That(fused.Residual, Is.EqualTo(-0.000936334));
        var undefined = rows.Where(r => double.IsNaN(r.Residual)).Select(r => r.Nh).ToArray();
        Assert.That(undefined, Is.EqualTo(new[] { 628, 648, 666, 948, 950 }));
        Assert.That(rows.Where(r => double.IsNaN(r.Residual)).All(r => r.Counts == 0), Is.True);

        var d = Phase3SpectrumReader.Read(path, exposure: 1000);
        Assert.That(d.TotalCounts, Is.EqualTo(53765));
        Assert.That(d.Counts[0], Is.EqualTo(225));
        Assert.That(d.Exposure, Is.EqualTo(1000));
    }

    [Test]
    public void Phase2_BadRow_NamesFileAndLine()
    {
        using var tmp = new TempFiles();
        string path = tmp.Write("p2.txt", "1\t92\t212\t2.3\t19\t0.1\t19\n2\t93\t214\t2.3\t-1\t0.1\t0.5\n");
        var e = Assert.Throws<UserInputException>(() => Phase2SpectrumReader.Read(path))!;
        Assert.That(e.Message, Does.StartWith(path + ":2:"));
        string gap = tmp.Write("gap.txt", "2\t93\t214\t2.3\t0\t0\t0\n4\t95\t219\t2.3\t0\t0\t0\n");
        Assert.That(Assert.Throws<UserInputException>(() => Phase2SpectrumReader.Read(gap))!.Message, Does.StartWith(gap + ":2:"));
        Assert.Throws<UserInputException>(() => Phase2SpectrumReader.Read(tmp.PathOf("missing.txt")));
    }

    [Test]
    public void Phase2_ReadPhase3File_SaysWhichFormatItIs()
    {
        string path = SharedData.Path("borexino/phase3/PRL2022_SubtractedSpectrumFit_Data.txt");
        Assert.That(Phase3SpectrumReader.HasHeader(path));
        Assert.That(Phase3SpectrumReader.HasHeader(SharedData.Path("borexino/phase2_nature2018_fig2a.txt")), Is.False);
        var e = Assert.Throws<UserInputException>(() => Phase2SpectrumReader.Read(path))!;
        Assert.That(e.Message, Does.StartWith(path + ":1:").And.Contain("read it as borexino-phase3"));
    }
}
