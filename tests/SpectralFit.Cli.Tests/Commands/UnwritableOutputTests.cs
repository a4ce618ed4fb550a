using TestSupport;

namespace SpectralFit.Cli.Tests.Commands;

/// <summary>An output file that cannot be written is a one-line user error before any computation (nothing on stdout).</summary>
public class UnwritableOutputTests
{
    private static string Config => SharedData.Repo("configs/borexino-phase2-mm.json");

    private static void AssertRejectedBeforeComputing(CliHarness.Result r, string option, string path)
    {
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode), r.Out + r.Err);
        Assert.That(r.Out, Is.Empty, "nothing computed or printed");
        Assert.That(r.Err, Does.Contain($"{option} {path}: cannot write"));
        Assert.That(r.Err, Does.Not.Contain(".probe-").And.Not.Contain(".tmp-"));
        Assert.That(r.Err.Trim().Split('\n'), Has.Length.EqualTo(1), r.Err);
    }

    private static readonly string[][] Commands =
    [
        ["rates"],
        ["survival", "--species", "Be7", "--energy", "0.8613"],
        ["moments", "--mu-eff", "2.8e-11"],
        ["effective", "--majorana", "--lambda", "1e-11,2e-11,3e-11", "--zeta", "0,0.5,1", "--delta", "4.0"],
    ];

    [TestCaseSource(nameof(Commands))]
    public void Json_InUnwritableDirectory_IsUserErrorWithoutOutput(string[] command)
    {
        const string path = "/proc/spectralfit-x.json";
        AssertRejectedBeforeComputing(CliHarness.Run([.. command, "--json", path]), "--json", path);
    }

    [TestCaseSource(nameof(Commands))]
    public void Json_IsADirectory_IsUserErrorWithoutOutput(string[] command)
    {
        string dir = Directory.CreateTempSubdirectory("sf-json-dir").FullName;
        try
        {
            AssertRejectedBeforeComputing(CliHarness.Run([.. command, "--json", dir]), "--json", dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Fit_JsonInUnwritableDirectory_IsUserErrorBeforeTheFit()
    {
        const string path = "/proc/spectralfit-fit.json";
        AssertRejectedBeforeComputing(CliHarness.Run("fit", Config, "--json", path), "--json", path);
    }

    [TestCase("--regions", "/proc/spectralfit-regions.json")]
    [TestCase("--bounds-svg", "/proc/spectralfit-bounds.svg")]
    public void Moments_UnwritablePlotOrRegions_IsUserErrorWithoutOutput(string option, string path) =>
        AssertRejectedBeforeComputing(CliHarness.Run("moments", "--mu-eff", "2.8e-11", option, path), option, path);

    [Test]
    public void CheckWritable_WritableTarget_LeavesNoProbeFile()
    {
        string dir = Directory.CreateTempSubdirectory("sf-json-ok").FullName;
        try
        {
            string target = Path.Combine(dir, "new", "out.json");
            SpectralFit.Cli.Commands.JsonOutput.CheckWritable(target);
            Assert.That(Directory.GetFileSystemEntries(Path.Combine(dir, "new")), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
