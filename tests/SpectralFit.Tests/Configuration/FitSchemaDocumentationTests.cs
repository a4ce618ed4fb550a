using SpectralFit.Configuration.Schema;
using TestSupport;

namespace SpectralFit.Tests.Configuration;

public class FitSchemaDocumentationTests
{
    private static string FitSection()
    {
        string readme = File.ReadAllText(SharedData.Repo("configs/README.md"));
        int start = readme.IndexOf("<!-- section:fit -->", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "configs/README.md has the fit marker section");
        int end = readme.IndexOf("<!-- section:", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    [Test]
    public void ConfigsReadme_FitSection_DocumentsEveryKey()
    {
        string section = FitSection();
        var missing = FitSchemaDocumentation.KeyPaths().Where(k => !section.Contains($"`{k}`")).ToList();
        Assert.That(missing, Is.Empty, "keys missing from configs/README.md (regenerate with FitSchemaDocumentation.MarkdownTable())");
    }

    [Test]
    public void ConfigsReadme_FitSection_MatchesTheGeneratedTable()
    {
        string section = FitSection();
        var stale = FitSchemaDocumentation.MarkdownTable().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(row => !section.Contains(row, StringComparison.Ordinal)).ToList();
        Assert.That(stale, Is.Empty, "rows differing from configs/README.md (regenerate with FitSchemaDocumentation.MarkdownTable()):\n" + string.Join("\n", stale));
    }

    [Test]
    public void MarkdownTable_ResponseRows_ShowTheDetectorModelDefaults()
    {
        string table = FitSchemaDocumentation.MarkdownTable();
        // Defaults of DetectorResponse ResponseParameters / FoldingParameters (Po210 peak: Borexino Phase-II, PRD 100, 082004 (2019)).
        Assert.That(table, Does.Contain("| `response:light_yield` |").And.Contain("| p.e./MeV | `500` | [100, 2000] |"));
        Assert.That(table, Does.Contain("[PeakPosition] | MeV | `0.439` |"));
        Assert.That(table, Does.Contain("[PeakWidth] | MeV | `0.037` | [0, 0.2] |"));
        Assert.That(table, Does.Contain("1 + a T; fixed only | 1/MeV | `1.24` |"));
    }

    [Test]
    public void KeyPaths_CoverTheKeysUsedByTheReferenceConfig()
    {
        var paths = FitSchemaDocumentation.KeyPaths();
        Assert.That(paths, Does.Contain("constraints:gallium:cross_section")
            .And.Contain("magnetic_moment:scan:points")
            .And.Contain("components:<component>:fixed_to_ssm")
            .And.Contain("response:po210_width")
            .And.Contain("response:<parameter>:pull:sigma")
            .And.Contain("systematics:axes:<i>:choices:<i>:set"));
    }
}
