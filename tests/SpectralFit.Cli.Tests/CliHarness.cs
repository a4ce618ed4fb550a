namespace SpectralFit.Cli.Tests;

/// <summary>Runs the `spectralfit` command tree in-process and captures what it prints.</summary>
public static class CliHarness
{
    private static readonly object ConsoleLock = new();

    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var stdout = Console.Out;
            var stderr = Console.Error;
            var o = new StringWriter();
            var e = new StringWriter();
            try
            {
                Console.SetOut(o);
                Console.SetError(e);
                int code = CliApp.Run(args);
                return new Result(code, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }
}
