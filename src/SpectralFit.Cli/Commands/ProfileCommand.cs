using System.CommandLine;
using SpectralFit.Analysis;

namespace SpectralFit.Cli.Commands;

/// <summary>`spectralfit profile CONFIG`: profile likelihood in mu_nu and the 90% C.L. limits.</summary>
public static class ProfileCommand
{
    public static Command Create()
    {
        var options = new AnalysisOptions();
        var command = new Command("profile",
            "Profile the likelihood in the effective magnetic moment mu_nu over magnetic_moment:scan (all other parameters refitted, " +
            "warm-started) and give the 90% C.L. upper limit: Bayesian (flat prior in mu, or mu^2) and Delta chi^2 = 2.71.\n" +
            "Example: spectralfit profile configs/borexino-phase2-mm.json --set magnetic_moment:scan:points=26 --json profile.json");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var assembled = options.Assemble(parse);
            int points = assembled.Configuration.MagneticMoment.Scan.Points;
            var profile = new ProfileService().Profile(assembled, AnalysisOptions.StderrProgress("profile", points));
            AnalysisPrinter.Header(profile.Best);
            AnalysisPrinter.Fit(profile.Best);
            AnalysisPrinter.Limits(profile, null);
            Console.WriteLine($"Profile of {points} points in {profile.Elapsed.TotalSeconds:F1} s");
            Outputs.Write(parse, options, AnalysisJson.Profile(profile), profile.Best, profile, null);
            return 0;
        });
        return command;
    }
}
