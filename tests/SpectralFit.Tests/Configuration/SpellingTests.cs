using SpectralFit.Configuration;

namespace SpectralFit.Tests.Configuration;

public class SpellingTests
{
    [TestCase("kitten", "sitting", 3)]
    [TestCase("gallium", "galium", 1)]
    [TestCase("", "abc", 3)]
    [TestCase("same", "same", 0)]
    public void Distance_IsTheLevenshteinDistance(string a, string b, int expected)
    {
        Assert.That(Spelling.Distance(a, b), Is.EqualTo(expected));
    }

    [Test]
    public void Suggest_FarFromEveryName_SuggestsNothing()
    {
        Assert.That(Spelling.Suggest("xyzzy", ["dataset", "exposure"]), Is.Empty);
        Assert.That(Spelling.Suggest("Exposur", ["dataset", "exposure"]), Is.EqualTo(" (did you mean 'exposure'?)"));
    }
}
