using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Parameters;

public class ParameterSetTests
{
    [Test]
    public void Constructor_DuplicateNames_ThrowsNamingParameter()
    {
        var e = Assert.Throws<UserInputException>(() => new ParameterSet(new Parameter("r_Be7", 48, 1), new Parameter("r_Be7", 48, 1)));
        Assert.That(e!.Message, Does.Contain("r_Be7").And.Contain("twice"));
    }

    [Test]
    public void Indexer_ByName_FindsParameterInOrder()
    {
        var set = new ParameterSet(new Parameter("a", 1, 1), new Parameter("b", 2, 1), new Parameter("c", 3, 1));
        Assert.That(set["b"].Value, Is.EqualTo(2));
        Assert.That(set.IndexOf("c"), Is.EqualTo(2));
        Assert.That(set.Values(), Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
    }

    [Test]
    public void IndexOf_UnknownName_ListsKnownNames()
    {
        var set = new ParameterSet(new Parameter("a", 1, 1), new Parameter("b", 2, 1));
        var e = Assert.Throws<UserInputException>(() => set.IndexOf("mu_nu"));
        Assert.That(e!.Message, Does.Contain("mu_nu").And.Contain("a, b"));
    }

    [Test]
    public void FixedAt_ReturnsCopyAndLeavesOriginal()
    {
        var set = new ParameterSet(new Parameter("a", 1, 1), new Parameter("b", 2, 1));
        var fixedSet = set.FixedAt("b", 5);
        Assert.That(fixedSet["b"].IsFixed, Is.True);
        Assert.That(fixedSet["b"].Value, Is.EqualTo(5));
        Assert.That(set["b"].IsFixed, Is.False);
        Assert.That(fixedSet.FreeCount, Is.EqualTo(1));
    }
}
