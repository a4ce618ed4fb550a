using System.CommandLine;
using SpectralFit.Analysis;

namespace SpectralFit.Cli.Commands;

/// <summary>`spectralfit fit CONFIG`: one fit of the configured model to the data (mu_nu free, &gt;= 0).</summary>
public static class FitCommand
{
    public static Command Create()
    {
        var options = new AnalysisOptions();
        var command = new Command("fit",
            "Fit the configured spectral model (solar recoil spectra incl. magnetic moment, backgrounds, pile-up, detector response) " +
            "to the data: best-fit rates and response parameters with errors, Poisson deviance, d.o.f., p-value.\n" +
            "Example: spectralfit fit configs/borexino-phase2-mm.json --json fit.json --out results/fit");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var assembled = options.Assemble(parse);
            var fit = new FitService().Fit(assembled);
            AnalysisPrinter.Header(fit);
            AnalysisPrinter.Fit(fit);
            var json = AnalysisJson.Fit(fit);
            json["upper_limit_90"] = null; // same keys as profile; a single fit gives no limit (use `profile`)
            Outputs.Write(parse, options, json, fit, null, null);
            return 0;
        });
        return command;
    }
}
