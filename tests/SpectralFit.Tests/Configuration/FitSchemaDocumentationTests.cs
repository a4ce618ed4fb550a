using SpectralFit.Configuration.Schema;
using TestSupport;

namespace SpectralFit.Tests.Configuration;

public class FitSchemaDocumentationTests
{
    [Test]
    public void ConfigsReadme_FitSection_DocumentsEveryKey()
    {
        string readme = File.ReadAllText(SharedData.Repo("configs/README.md"));
        int start = readme.IndexOf("<!-- section:fit -->", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "configs/README.md has the fit marker section");
        int end = readme.IndexOf("<!-- section:", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? readme[start..] : readme[start..end];

        var missing = FitSchemaDocumentation.KeyPaths().Where(k => !section.Contains($"`{k}`")).ToList();
        Assert.That(missing, Is.Empty, "keys missing from configs/README.md (regenerate with FitSchemaDocumentation.MarkdownTable())");
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
