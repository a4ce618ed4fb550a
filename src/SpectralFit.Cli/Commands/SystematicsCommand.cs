using System.CommandLine;
using SpectralFit.Analysis;

namespace SpectralFit.Cli.Commands;

/// <summary>`spectralfit systematics CONFIG`: profiles of every systematics configuration and their weighted sum.</summary>
public static class SystematicsCommand
{
    public static Command Create()
    {
        var options = new AnalysisOptions();
        var command = new Command("systematics",
            "Profile mu_nu in every configuration of the systematics axes (e.g. estimator x pile-up model x metallicity), in parallel, and combine " +
            "them as P(mu) = sum_c w_c L_c(mu)/L_c(0) with w_c proportional to P(c) L_c(0) among the configurations on the same data " +
            "(each estimator keeps its prior); 90% C.L. limit of the combination. With --data FILE an estimator axis keeps only the estimators the file holds.\n" +
            "Example: spectralfit systematics configs/borexino-phase2-mm.json --set magnetic_moment:scan:points=21 --json syst.json");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var assembled = options.Assemble(parse);
            ReproduceCommand.PrintNotes(SystematicsService.Available(assembled.Configuration).Notes);
            var result = new SystematicsService().Run(assembled.Configuration, ReproduceCommand.SystematicsProgressBar());
            if (!Console.IsErrorRedirected)
                Console.Error.WriteLine();
            var nominal = new FitService().Fit(assembled);
            AnalysisPrinter.Header(nominal);
            AnalysisPrinter.Fit(nominal);
            AnalysisPrinter.Limits(null, result);
            ReproduceCommand.PrintNotes(result.Warnings, "warning: ");
            ReproduceCommand.PrintNotes(SystematicsService.DataNotes(assembled.Configuration, result));
            Outputs.Write(parse, options, AnalysisJson.Systematics(result, nominal), nominal, null, result);
            return 0;
        });
        return command;
    }
}
