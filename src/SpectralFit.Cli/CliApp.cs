using System.CommandLine;
using SolarFlux.Common;
using SpectralFit.Cli.Commands;

namespace SpectralFit.Cli;

/// <summary>
/// The `spectralfit` command tree. Commands are thin: they parse options, call the library and print.
/// User mistakes (<see cref="UserInputException"/> and option parse errors) print one line on stderr
/// and exit with code 2; no stack trace.
/// </summary>
public static class CliApp
{
    public const int UserErrorExitCode = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "spectralfit: Borexino-style solar-neutrino spectral fits and the neutrino magnetic moment.\n" +
            "Example: spectralfit rates --ssm gs98 --mixing pdg2016");
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args)
    {
        ParseResult parsed = Build().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"spectralfit: error: {error.Message}");
            Console.Error.WriteLine("Run 'spectralfit --help' (or 'spectralfit COMMAND --help') for usage.");
            return UserErrorExitCode;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            Console.Error.WriteLine($"spectralfit: error: {e.Message}");
            return UserErrorExitCode;
        }
    }
}
