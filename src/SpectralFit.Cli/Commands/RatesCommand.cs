using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using SolarFlux.Predictions;
using SolarFlux.Solar;
using Spectre.Console;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit rates`: SSM fluxes, Borexino interaction rates (T &gt; 0), mean P_ee and 71Ga capture rates
/// for a solar model and a mixing preset (library: <see cref="SolarRatePrediction"/>).
/// </summary>
public static class RatesCommand
{
    public static Command Create()
    {
        var solar = new SolarOptions();
        var json = new Option<string?>("--json")
        {
            Description = "Also write the numbers as JSON to this file (written atomically)",
            HelpName = "FILE",
        };
        var command = new Command("rates",
            "Solar-neutrino fluxes, nu-e interaction rates in Borexino (cpd/100t, recoil T > 0), the mean survival " +
            "probability P_ee of each species (averaged over its spectrum weighted by the nu_e scattering rate) and the " +
            "71Ga capture rates (SNU) with their uncertainty.\n" +
            "Example: spectralfit rates --ssm gs98 --mixing pdg2016 --json rates.json");
        solar.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var (model, mixing) = solar.Build(parse);
            if (parse.GetValue(json) is { } jsonTarget)
                JsonOutput.CheckWritable(jsonTarget);
            string ssm = SolarModelNames.ToName(model.Name);
            string mixingLabel = solar.MixingLabel(parse);
            var prediction = SolarRatePrediction.Compute(model, mixing);
            Print(prediction, ssm, mixingLabel);
            if (parse.GetValue(json) is { } path)
            {
                JsonOutput.Write(path, ToJson(prediction, ssm, mixingLabel));
                Console.Out.WriteLine($"wrote {path}");
            }
            return 0;
        });
        return command;
    }

    private static void Print(SolarRatePrediction p, string ssm, string mixing)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        var rates = new Table().Title($"Borexino rates, T > 0 (B16-{ssm}, {mixing})")
            .AddColumn("species").AddColumn(new TableColumn("flux (cm^-2 s^-1)").RightAligned())
            .AddColumn(new TableColumn("rate (cpd/100t)").RightAligned()).AddColumn(new TableColumn("mean P_ee").RightAligned());
        foreach (var s in p.Species)
            rates.AddRow(s.Name, Format(s.Flux, "0.000E+00"), Format(s.Rate, s.Rate >= 0.01 ? "F3" : "0.000E+00"), Format(s.MeanSurvivalProbability, "F4"));
        console.Write(rates);

        var ga = new Table().Title($"71Ga capture rates, SNU (B16-{ssm}, {mixing})")
            .AddColumn("species").AddColumn(new TableColumn("rate").RightAligned())
            .AddColumn(new TableColumn("flux unc.").RightAligned()).AddColumn(new TableColumn("cross-section unc.").RightAligned());
        foreach (var s in p.Gallium.Species)
            ga.AddRow(SolarFlux.SpeciesNames.ToName(s.Species), Format(s.Rate, "F3"), Format(s.FluxUncertainty, "F3"), Format(s.CrossSectionUncertainty, "F3"));
        ga.AddRow("total", Format(p.Gallium.Total, "F2"), $"+- {Format(p.Gallium.Uncertainty, "F2")}", "");
        console.Write(ga);
    }

    private static JsonObject ToJson(SolarRatePrediction p, string ssm, string mixing)
    {
        var species = new JsonObject();
        foreach (var s in p.Species)
            species[s.Name] = new JsonObject { ["flux"] = s.Flux, ["rate"] = s.Rate, ["pee"] = s.MeanSurvivalProbability };
        var gallium = new JsonObject();
        foreach (var s in p.Gallium.Species)
            gallium[SolarFlux.SpeciesNames.ToName(s.Species)] = s.Rate;
        return new JsonObject
        {
            ["ssm"] = ssm,
            ["mixing"] = mixing,
            ["species"] = species,
            ["gallium"] = new JsonObject
            {
                ["total"] = p.Gallium.Total,
                ["uncertainty"] = p.Gallium.Uncertainty,
                ["species"] = gallium,
            },
        };
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
