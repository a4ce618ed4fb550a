using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DetectorResponse.Data;
using DetectorResponse.Simulation;
using SolarFlux.Common;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit simulate CONFIG --exposure X --seed N --out FILE`: event-by-event Monte Carlo of the
/// detector (DetectorResponse.Simulation). Writes one dataset file per estimator, FILE with the
/// estimator inserted before the extension (out.dat -> out.nh.dat, out.npmts_dt1.dat; format in
/// samples/README.md), and FILE.truth.json with the values used.
/// </summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var config = new Argument<string>("CONFIG") { Description = "Simulation config (JSON; keys in configs/README.md, section detector)" };
        var exposure = new Option<double>("--exposure")
        {
            Description = "Exposure [day x 100 t], > 0 (Borexino Phase-II TFC-subtracted: 582.33)",
            Required = true,
            HelpName = "DAYS_X_100T",
        };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives byte-identical output", Required = true, HelpName = "N" };
        var output = new Option<string>("--out") { Description = "Output name: one dataset per estimator (out.dat -> out.nh.dat, ...) plus out.dat.truth.json", Required = true, HelpName = "FILE" };

        var command = new Command("simulate",
            "Monte Carlo of a Borexino-like detector: events drawn by rate from each component's spectrum, quenched, " +
            "read out by every estimator in the config (Poisson photoelectron statistics, N_pmts saturation, pile-up overlay), " +
            "binned into one dataset file per estimator (FILE with the estimator before the extension: out.dat -> out.nh.dat) " +
            "and FILE.truth.json with the true values.\n" +
            "Example: spectralfit simulate configs/simulate-phase2.json --exposure 582.33 --seed 1 --out phase2-like.dat");
        command.Arguments.Add(config);
        command.Options.Add(exposure);
        command.Options.Add(seed);
        command.Options.Add(output);

        command.SetAction(parseResult =>
        {
            string configPath = parseResult.GetValue(config)!;
            double x = parseResult.GetValue(exposure);
            if (!double.IsFinite(x) || x <= 0)
                throw new UserInputException($"--exposure: expected > 0 day x 100 t, got {x}");
            ulong s = parseResult.GetValue(seed);
            string outPath = parseResult.GetValue(output)!;

            var setup = SimulationConfigFile.Load(configPath);
            var result = setup.Detector.Simulate(setup.Request(x, s));
            string truthPath = outPath + ".truth.json";

            var fileMeta = new List<KeyValuePair<string, string>>
            {
                new("source", $"spectralfit simulate {Path.GetFileName(configPath)} --exposure {R(x)} --seed {s}"),
                new("truth", Path.GetFileName(truthPath)),
            };
            var written = new List<string>();
            foreach (var d in result.Datasets)
            {
                string path = EstimatorPath(outPath, d.Estimator);
                var section = new BinnedDataset(d.Estimator, d.Edges.ToArray(), d.Counts.ToArray(), d.Exposure,
                    [new("description", "Monte Carlo counts per bin")], d.Source);
                BinnedDatasetFile.Write(path, [section], fileMeta);
                written.Add(path);
            }
            JsonOutput.Write(truthPath, Truth(configPath, setup, result));

            Console.WriteLine($"Simulated exposure {R(x)} day x 100 t, seed {s}");
            Console.WriteLine($"  {"component",-10} {"rate",12} {"expected",14} {"simulated",10}  in binning");
            foreach (var c in result.Components)
                Console.WriteLine($"  {c.Name,-10} {R(c.Rate),12} {c.ExpectedEvents,14:F1} {c.SimulatedEvents,10}  " +
                                  string.Join(", ", c.EventsInBinning.Select(kv => $"{kv.Key} {kv.Value}")));
            foreach (var d in result.Datasets)
                Console.WriteLine($"  {d.Estimator}: {d.Count} bins [{R(d.Low(0))}, {R(d.High(d.Count - 1))}), {d.TotalCounts} events");
            Console.WriteLine($"Wrote {string.Join(", ", written)} and {truthPath}");
            return 0;
        });
        return command;
    }

    /// <summary>out.dat + nh -> out.nh.dat; out -> out.nh.</summary>
    public static string EstimatorPath(string output, string estimator)
    {
        string ext = Path.GetExtension(output);
        string stem = ext.Length > 0 ? output[..^ext.Length] : output;
        return $"{stem}.{estimator}{ext}";
    }

    private static JsonObject Truth(string configPath, SimulationSetup setup, SimulationResult result)
    {
        var detector = new JsonObject();
        foreach (var (k, v) in setup.DetectorParameters)
            detector[k] = v;
        var components = new JsonArray();
        foreach (var c in result.Components)
        {
            var inBins = new JsonObject();
            foreach (var (k, v) in c.EventsInBinning)
                inBins[k] = v;
            components.Add(new JsonObject
            {
                ["name"] = c.Name,
                ["rate_cpd_per_100t"] = c.Rate,
                ["expected_events"] = c.ExpectedEvents,
                ["simulated_share"] = c.SimulatedShare,
                ["simulated_events"] = c.SimulatedEvents,
                ["events_in_binning"] = inBins,
                ["spectrum"] = setup.ComponentSpectra.TryGetValue(c.Name, out var spec) ? JsonNode.Parse(spec) : "overlay of a component event and a randomTrigger event",
            });
        }
        var estimators = new JsonArray();
        foreach (var d in result.Datasets)
            estimators.Add(new JsonObject { ["name"] = d.Estimator, ["low"] = d.Low(0), ["high"] = d.High(d.Count - 1), ["bins"] = d.Count, ["events"] = d.TotalCounts });
        return new JsonObject
        {
            ["config"] = Path.GetFileName(configPath),
            ["seed"] = result.Seed,
            ["exposure_day_100t"] = result.Exposure,
            ["detector"] = detector,
            ["estimators"] = estimators,
            ["components"] = components,
        };
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
