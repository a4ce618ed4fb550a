using System.CommandLine;
using System.Globalization;
using DetectorResponse.Data;
using SolarFlux.Common;
using SpectralFit.Modeling;
using SpectralFit.Toys;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit pseudodata CONFIG --out FILE [--seed S]`: the assembled model at the configured starting values
/// (mu_nu = 0) in the dataset's bins, for the configured exposure; Poisson-fluctuated with --seed, else the
/// Asimov dataset (expected counts). Written in the project's dataset format.
/// </summary>
public static class PseudoDataCommand
{
    public static Command Create()
    {
        var options = new AnalysisOptions();
        var output = new Option<string>("--file") { Description = "Dataset file to write", Required = true, HelpName = "FILE" };
        var seed = new Option<int?>("--seed") { Description = "Poisson-fluctuate with this seed (default: Asimov, expected counts)", HelpName = "N" };
        var command = new Command("pseudodata",
            "Write pseudo-data from the assembled model at the configuration's starting values (mu_nu = 0), in the bins of the " +
            "configured (or --data) dataset and for exposure:live_days x fiducial_mass_t: Poisson counts with --seed, else the Asimov dataset.\n" +
            "Example: spectralfit pseudodata configs/borexino-phase2-mm.json --seed 1 --file pseudo.dat");
        options.AddTo(command, withReport: false, withJson: false); // writes --file only
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction(parse =>
        {
            var configuration = options.LoadConfiguration(parse);
            var observed = DatasetLoader.Load(configuration);
            double exposure = configuration.Exposure?.Day100t ?? observed.Exposure;
            var empty = new BinnedDataset(observed.Data.Estimator, observed.Data.Edges.ToArray(), new double[observed.Data.Count], exposure,
                [], observed.Data.Source);
            var fit = SpectralModelBuilder.Build(configuration, observed with { Data = empty });
            // The configuration's starting values with mu_nu = 0 (the fits start mu_nu inside its limit,
            // FitParameterFactory.MomentStart, which must not put a moment signal into the pseudo-data).
            var truth = fit.Model.Parameters.Values();
            if (fit.Model.Parameters.Names.Contains(FitParameterFactory.MomentName))
                truth[fit.Model.Parameters.IndexOf(FitParameterFactory.MomentName)] = 0;
            int? s = parse.GetValue(seed);
            var counts = s is int k ? PseudoData.Poisson(fit.Model, truth, k) : PseudoData.Asimov(fit.Model, truth);
            string file = parse.GetValue(output)!;
            string source = string.Create(CultureInfo.InvariantCulture,
                $"spectralfit pseudodata {Path.GetFileName(configuration.Snapshot.SourcePath)} ({(s is int q ? $"Poisson, seed {q}" : "Asimov")}), exposure {exposure:G6} day x 100 t");
            var truthMeta = string.Join(" ", fit.Model.Parameters.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={truth[i]:G6}")));
            var data = new BinnedDataset(observed.Data.Estimator, observed.Data.Edges.ToArray(), counts, exposure,
                [new("description", "pseudo-data from the assembled fit model")], file);
            BinnedDatasetFile.Write(file, [data], [new("source", source), new("truth", truthMeta)]);
            Console.WriteLine($"wrote {file}: {counts.Length} bins, {counts.Sum():F0} events ({source})");
            return 0;
        });
        return command;
    }
}
