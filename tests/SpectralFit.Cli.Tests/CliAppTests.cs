namespace SpectralFit.Cli.Tests;

public class CliAppTests
{
    [Test]
    public void Run_UnknownCommand_ExitsWithCode2AndOneErrorLine()
    {
        var r = CliHarness.Run("no-such-command");
        Assert.That(r.ExitCode, Is.EqualTo(CliApp.UserErrorExitCode));
        Assert.That(r.Err, Does.Contain("error").And.Contain("no-such-command"));
        Assert.That(r.Err, Does.Not.Contain("   at "), "no stack trace for user mistakes");
    }

    [Test]
    public void Run_Help_ListsUsageAndExample()
    {
        var r = CliHarness.Run("--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("Example:"));
    }
}
