using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit survival`: the adiabatic MSW-LMA survival probability of one species at one energy,
/// averaged over its production region (physics.md §3).
/// </summary>
public static class SurvivalCommand
{
    public static Command Create()
    {
        var species = new Option<string>("--species")
        {
            Description = $"Neutrino species: {string.Join(", ", SpeciesNames.All.Select(SpeciesNames.ToName))}",
            Required = true,
            HelpName = "NAME",
        };
        var energy = new Option<double>("--energy")
        {
            Description = "Neutrino energy [MeV], >= 0",
            Required = true,
            HelpName = "MEV",
        };
        var json = new Option<string?>("--json")
        {
            Description = "Also write {\"pee\", \"pee2nu\", \"pe1\", \"pe2\", \"pe3\", ...} to this JSON file (atomically)",
            HelpName = "FILE",
        };
        var solar = new SolarOptions();

        var command = new Command("survival",
            "Survival probability P_ee of solar nu_e (adiabatic 3-flavour MSW-LMA, averaged over the species' production region), " +
            "with the mass-state probabilities P_e1, P_e2, P_e3 at Earth.\n" +
            "Example: spectralfit survival --species Be7 --energy 0.8613 --ssm gs98 --mixing pdg2016");
        command.Options.Add(species);
        command.Options.Add(energy);
        solar.AddTo(command);
        command.Options.Add(json);

        command.SetAction(parseResult =>
        {
            var s = SpeciesNames.Parse(parseResult.GetValue(species) ?? "", species.Name);
            double e = UserInputException.RequireNonNegative(parseResult.GetValue(energy), energy.Name);
            var (model, mixing) = solar.Build(parseResult);
            if (parseResult.GetValue(json) is { } jsonTarget)
                JsonOutput.CheckWritable(jsonTarget);
            var survival = new MswSurvivalProbability(model, mixing);

            double pee = survival.Pee(s, e);
            double pee2Nu = survival.Pee2Nu(s, e);
            var states = survival.MassStates(s, e);
            string ssm = SolarModelNames.ToName(model.Name);
            string mixingLabel = solar.MixingLabel(parseResult);

            Console.WriteLine("Solar nu_e survival probability (adiabatic MSW-LMA, production-averaged)");
            Console.WriteLine($"  species     {SpeciesNames.ToName(s)}");
            Console.WriteLine($"  energy      {Format(e)} MeV");
            Console.WriteLine($"  solar model {ssm}: {model.Description}");
            Console.WriteLine($"  mixing      {mixingLabel}");
            Console.WriteLine();
            Console.WriteLine("  quantity    value");
            Console.WriteLine($"  P_ee        {pee:F6}");
            Console.WriteLine($"  P_ee(2nu)   {pee2Nu:F6}");
            Console.WriteLine($"  P_e1        {states.Pe1:F6}");
            Console.WriteLine($"  P_e2        {states.Pe2:F6}");
            Console.WriteLine($"  P_e3        {states.Pe3:F6}");

            string? jsonPath = parseResult.GetValue(json);
            if (jsonPath is not null)
            {
                JsonOutput.Write(jsonPath, new JsonObject
                {
                    ["species"] = SpeciesNames.ToName(s),
                    ["energy"] = e,
                    ["ssm"] = ssm,
                    ["mixing"] = mixingLabel,
                    ["pee"] = pee,
                    ["pee2nu"] = pee2Nu,
                    ["pe1"] = states.Pe1,
                    ["pe2"] = states.Pe2,
                    ["pe3"] = states.Pe3,
                });
                Console.WriteLine($"wrote {jsonPath}");
            }
            return 0;
        });
        return command;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
