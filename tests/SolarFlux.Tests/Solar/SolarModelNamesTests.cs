using SolarFlux.Common;
using SolarFlux.Solar;

namespace SolarFlux.Tests.Solar;

public class SolarModelNamesTests
{
    [TestCase("gs98", SolarModelName.Gs98)]
    [TestCase("HZ", SolarModelName.Gs98)]
    [TestCase("agss09", SolarModelName.Agss09)]
    [TestCase(" AGSS09met ", SolarModelName.Agss09)]
    [TestCase("lz", SolarModelName.Agss09)]
    public void Parse_AcceptedNames_GiveTheModel(string text, SolarModelName expected) =>
        Assert.That(SolarModelNames.Parse(text, "--ssm"), Is.EqualTo(expected));

    [Test]
    public void Parse_UnknownName_ThrowsNamingOptionAndChoices()
    {
        var e = Assert.Throws<UserInputException>(() => SolarModelNames.Parse("bp04", "--ssm"));
        Assert.That(e!.Message, Does.StartWith("--ssm").And.Contain("bp04").And.Contain("agss09"));
    }

    [Test]
    public void ToName_RoundTrips()
    {
        foreach (var name in Enum.GetValues<SolarModelName>())
            Assert.That(SolarModelNames.Parse(SolarModelNames.ToName(name)), Is.EqualTo(name));
    }
}
