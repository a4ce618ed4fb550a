using SolarFlux.Common;

namespace SolarFlux.Tests;

public class SpeciesNamesTests
{
    [TestCase("pp", NeutrinoSpecies.Pp)]
    [TestCase("Be7", NeutrinoSpecies.Be7)]
    [TestCase("7be", NeutrinoSpecies.Be7)]
    [TestCase("8B", NeutrinoSpecies.B8)]
    [TestCase(" O15 ", NeutrinoSpecies.O15)]
    public void Parse_KnownName_ReturnsSpecies(string name, NeutrinoSpecies expected) =>
        Assert.That(SpeciesNames.Parse(name), Is.EqualTo(expected));

    [Test]
    public void ToName_RoundTripsThroughParse()
    {
        foreach (var s in SpeciesNames.All)
            Assert.That(SpeciesNames.Parse(SpeciesNames.ToName(s)), Is.EqualTo(s));
    }

    [Test]
    public void Parse_UnknownName_ThrowsNamingInputAndChoices()
    {
        var e = Assert.Throws<UserInputException>(() => SpeciesNames.Parse("Be8", "--species"));
        Assert.That(e!.Message, Does.Contain("--species").And.Contain("'Be8'").And.Contain("pep"));
    }
}
