using System.CommandLine;
using System.Text.Json.Nodes;
using SolarFlux.Common;
using SpectralFit.Analysis;
using SpectralFit.Likelihood;
using SpectralFit.Modeling;
using SpectralFit.Toys;

namespace SpectralFit.Cli.Commands;

/// <summary>`spectralfit toys CONFIG --n N --seed S`: Poisson pseudo-experiments at the best fit, refitted; pulls and limit band.</summary>
public static class ToysCommand
{
    public static Command Create()
    {
        var options = new AnalysisOptions();
        var n = new Option<int>("--n") { Description = "Number of pseudo-experiments (>= 1)", DefaultValueFactory = _ => 50, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the first toy (toy k uses a seed derived from it)", DefaultValueFactory = _ => 1, HelpName = "S" };
        var limits = new Option<bool>("--limits") { Description = "Also profile mu_nu in every toy for the expected-limit band (slow)" };
        var fixMoment = new Option<bool>("--fix-mu")
        {
            Description = "Fit the toys with mu_nu fixed at 0 (pulls of the Standard-Model fit; with mu_nu free at its limit 0 the rates sharing its shape are pulled down)",
        };
        var command = new Command("toys",
            "Pseudo-experiments: Poisson data from the model at the best fit to the data (mu_nu = 0), each refitted; pull mean and width of " +
            "every free parameter, and with --limits the median and 1/2-sigma band of the 90% C.L. limit. The priors' central values and the " +
            "gallium rate are drawn anew in every toy around their values at the truth.\n" +
            "Example: spectralfit toys configs/borexino-phase2-mm.json --n 100 --seed 7 --json toys.json");
        options.AddTo(command, withReport: false); // no plots or report: the results are the printed table and --json
        command.Options.Add(n);
        command.Options.Add(seed);
        command.Options.Add(limits);
        command.Options.Add(fixMoment);
        command.SetAction(parse =>
        {
            int toys = parse.GetValue(n);
            if (toys < 1)
                throw new UserInputException($"--n: expected at least 1 toy, got {toys}");
            if (parse.GetValue(fixMoment) && parse.GetValue(limits))
                throw new UserInputException("--fix-mu: cannot be combined with --limits (the limit band profiles mu_nu)");
            var assembled = options.Assemble(parse);
            var best = new FitService().Fit(assembled, assembled.Likelihood.Parameters.FixedAt(FitParameterFactory.MomentName, 0));
            var model = parse.GetValue(fixMoment)
                ? assembled.Model.WithParameters(assembled.Model.Parameters.FixedAt(FitParameterFactory.MomentName, 0))
                : assembled.Model;
            LinearGaussianConstraint[] constraints = assembled.Gallium is null ? [] : [assembled.Gallium];
            var study = new ToyStudy(model, AuxiliaryMeasurements.Redrawn(model, best.Result.Values, constraints));
            var spec = assembled.Configuration.MagneticMoment;
            var result = study.Run(best.Result.Values, new ToyStudyOptions
            {
                Toys = toys,
                Seed = parse.GetValue(seed),
                ParameterOfInterest = parse.GetValue(limits) ? FitParameterFactory.MomentName : null,
                LimitGrid = parse.GetValue(limits) ? ProfileService.Grid(spec) : null,
                Prior = ProfileService.Prior(spec.Prior),
            }, AnalysisOptions.StderrProgress("toys", toys));
            Console.WriteLine($"{result.Toys} toys, {result.FailedFits} failed fits");
            Console.WriteLine($"  {"parameter",-20} {"pull mean",12} {"pull width",12}");
            // A truth at or near a limit (e.g. mu_nu = 0) gives one-sided fits: its pulls are not expected to be standard normal.
            bool AtLimit(string name) => best.Result.AtLimit[best.Result.IndexOf(name)] || best.Result.Value(name) == model.Parameters[name].Lower;
            double ErrorsFromLimit(string name)
            {
                var par = model.Parameters[name];
                double value = best.Result.Value(name), error = best.Result.Error(name);
                return error > 0 ? Math.Min(value - par.Lower, par.Upper - value) / error : double.PositiveInfinity;
            }
            string Note(string name) => AtLimit(name) ? "  (truth at its limit)"
                : ErrorsFromLimit(name) < 2 ? $"  (truth {ErrorsFromLimit(name):F1} errors from its limit)" : "";
            foreach (var p in result.Pulls)
                Console.WriteLine($"  {p.ParameterName,-20} {p.Mean,8:F3} ± {p.MeanError:F3} {p.Width,8:F3} ± {p.WidthError:F3}{Note(p.ParameterName)}");
            var json = new JsonObject
            {
                ["toys"] = result.Toys,
                ["failed_fits"] = result.FailedFits,
                ["pulls"] = new JsonObject([.. result.Pulls.Select(p => KeyValuePair.Create(p.ParameterName,
                    (JsonNode?)new JsonObject { ["mean"] = p.Mean, ["width"] = p.Width, ["mean_error"] = p.MeanError, ["width_error"] = p.WidthError,
                        ["truth_at_limit"] = AtLimit(p.ParameterName) }))]),
                ["truth"] = AnalysisJson.Fit(best)["parameters"]!.DeepClone(),
            };
            if (result.Band is { } band)
            {
                double u = FitParameterFactory.MomentUnit;
                Console.WriteLine($"  expected 90% C.L. limit: median {band.Median * u:G3} mu_B, 68% band [{band.Minus1Sigma * u:G3}, {band.Plus1Sigma * u:G3}], " +
                                  $"95% band [{band.Minus2Sigma * u:G3}, {band.Plus2Sigma * u:G3}]");
                json["limit_band_mu_B"] = new JsonObject { ["median"] = band.Median * u, ["minus1"] = band.Minus1Sigma * u, ["plus1"] = band.Plus1Sigma * u,
                    ["minus2"] = band.Minus2Sigma * u, ["plus2"] = band.Plus2Sigma * u };
            }
            if (parse.GetValue(options.Json) is { } path)
            {
                JsonOutput.Write(path, json);
                Console.WriteLine($"wrote {path}");
            }
            return 0;
        });
        return command;
    }
}
