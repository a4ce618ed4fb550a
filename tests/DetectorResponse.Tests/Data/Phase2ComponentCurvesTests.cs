using DetectorResponse.Data;
using SolarFlux.Common;
using TestSupport;

namespace DetectorResponse.Tests.Data;

public class Phase2ComponentCurvesTests
{
    // Source: ../shared/data/PROVENANCE.md (Borexino's Fig. 6a curves of arXiv:1707.09279 on the Nature 2018 spectrum,
    // per 1-N_h bin) and the file itself: its "data" column is the Nature spectrum (220,064 events over N_h 93-950).
    [Test]
    public void Read_Fig6a_GivesEightComponentsInEventsPerBin()
    {
        var curves = Phase2ComponentCurves.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        Assert.That(curves.Components, Is.EqualTo(new[] { "C14", "pileup", "Po210", "Kr85", "Bi210", "C11", "ext", "solar" }));
        Assert.That(curves.Nh[0], Is.EqualTo(93));
        Assert.That(curves.Nh[^1], Is.EqualTo(950));
        Assert.That(curves.Curve("data").Sum(), Is.EqualTo(220064).Within(0.5).Percent);
        // Borexino's pile-up curve holds 3681 events in the window (README.md, 'Reproducing Borexino').
        Assert.That(curves.Curve("pileup").Sum(), Is.EqualTo(3681).Within(1));
    }

    [Test]
    public void Read_NegativeRate_ThrowsNamingLineAndColumn()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("fig6a").FullName, "bad.csv");
        File.WriteAllLines(path, ["# test", "N_h,energy_keV,data,error,total,C14", "93,214.5,16.4,0.17,17.7,16.2", "94,216.9,11.7,0.14,12.1,-1"]);
        var ex = Assert.Throws<UserInputException>(() => Phase2ComponentCurves.Read(path));
        Assert.That(ex!.Message, Does.Contain("bad.csv:4").And.Contain("C14"));
    }

    [Test]
    public void Curve_UnknownColumn_ThrowsListingTheColumns()
    {
        var curves = Phase2ComponentCurves.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        var ex = Assert.Throws<UserInputException>(() => curves.Curve("Be7"));
        Assert.That(ex!.Message, Does.Contain("Be7").And.Contain("solar"));
    }
}
