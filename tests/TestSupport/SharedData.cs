using NUnit.Framework;

namespace TestSupport;

/// <summary>
/// Locates the reference data in ../shared/data beside the repository root (DEVELOPERS.md, data rule).
/// When it is absent the calling test ends Inconclusive and names the missing path.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the nearest ancestor of the test binary holding SpectralFit.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SpectralFit.sln")))
                dir = dir.Parent;
            if (dir is null)
                Assert.Inconclusive($"repository root (SpectralFit.sln) not found above {TestContext.CurrentContext.TestDirectory}");
            return dir!.FullName;
        }
    }

    /// <summary>Full path of a file under ../shared/data, e.g. Path("solar/pp_shape.csv").</summary>
    public static string Path(string relative)
    {
        string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data", relative));
        if (!File.Exists(full) && !Directory.Exists(full))
            Assert.Inconclusive($"reference data missing: {full}");
        return full;
    }

    /// <summary>Full path of a file inside the repository, e.g. Repo("samples/phase2-like.dat").</summary>
    public static string Repo(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, relative));
}
