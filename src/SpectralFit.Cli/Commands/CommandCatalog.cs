using System.CommandLine;

namespace SpectralFit.Cli.Commands;

/// <summary>Every subcommand of `spectralfit`, in the order `--help` lists them.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return SurvivalCommand.Create();
        yield return SimulateCommand.Create();
        yield return RatesCommand.Create();
        yield return FitCommand.Create();
        yield return ProfileCommand.Create();
        yield return PseudoDataCommand.Create();
        yield return SystematicsCommand.Create();
        yield return ToysCommand.Create();
        yield return ReproduceCommand.Create();
        yield return MomentsCommand.Create();
        yield return EffectiveCommand.Create();
    }
}
