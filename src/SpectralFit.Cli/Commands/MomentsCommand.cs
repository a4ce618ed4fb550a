using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit moments`: from a limit on the solar effective moment, the limits on the flavour moments, on the
/// Dirac diagonal and Majorana transition moments in the mass basis, the allowed (|Lambda_a|, |Lambda_b|)
/// regions, and a comparison with the published bounds.
/// </summary>
public static class MomentsCommand
{
    public static Command Create()
    {
        var muEff = new Option<double>("--mu-eff")
        {
            Description = "Upper limit on the solar effective magnetic moment [mu_B], e.g. 2.8e-11 (Borexino Phase-II, 90% C.L.)",
            Required = true,
        };
        var solar = new SolarOptions();
        var window = new Option<string>("--window")
        {
            Description = "Recoil-energy window T_min,T_max [MeV] the magnetic-moment signal is weighted over",
            DefaultValueFactory = _ => "0.19,2.93",
        };
        var json = new Option<string?>("--json") { Description = "Write the limits as JSON to FILE" };
        var regions = new Option<string?>("--regions") { Description = "Write the allowed (|Lambda_a|, |Lambda_b|) regions (boundary points) as JSON to FILE" };

        var command = new Command("moments",
            "Limits on flavour and mass-basis magnetic moments implied by a limit on the solar mu_eff " +
            "(each with the other moments zero; conservative over theta23 octant and mass ordering), " +
            "allowed Majorana transition-moment regions, and published bounds for comparison.\n" +
            "Example: spectralfit moments --mu-eff 2.8e-11 --mixing pdg2016 --json limits.json")
        {
            muEff, window, json, regions,
        };
        solar.AddTo(command);
        command.SetAction(parse => Run(parse, solar,
            parse.GetValue(muEff), parse.GetValue(window)!, parse.GetValue(json), parse.GetValue(regions)));
        return command;
    }

    private static int Run(ParseResult parse, SolarOptions solar, double muEffLimit, string windowText, string? jsonPath, string? regionsPath)
    {
        MomentOptionValues.RequirePositive(muEffLimit, "--mu-eff");
        var window = MomentOptionValues.ParseWindow(windowText);
        var scenarios = Scenarios(parse, solar, window);
        var limits = SolarMomentLimits.Conservative(muEffLimit, scenarios);

        Console.Write(Describe(muEffLimit, window, scenarios, limits));
        Console.Write(ComparisonTable(muEffLimit));

        if (jsonPath is not null)
        {
            JsonOutput.Write(jsonPath, ToJson(limits));
            Console.WriteLine($"wrote {jsonPath}");
        }
        if (regionsPath is not null)
        {
            JsonOutput.Write(regionsPath, RegionsJson(muEffLimit, scenarios[0]));
            Console.WriteLine($"wrote {regionsPath}");
        }
        return 0;
    }

    /// <summary>
    /// The selected mixing and, when the preset has a companion for the other mass ordering (NAME / NAME-io), that
    /// one too, with the same --sin2-theta12 ... overrides applied.
    /// </summary>
    private static List<SolarMixingScenario> Scenarios(ParseResult parse, SolarOptions solar, RecoilWindow window)
    {
        var (model, mixing) = solar.Build(parse);
        var scenarios = new List<SolarMixingScenario> { SolarMixingScenarios.Create(solar.MixingLabel(parse), model, mixing, window) };
        foreach (string companion in SolarMixingScenarios.PresetWithOtherOrdering(parse.GetValue(solar.Mixing) ?? "").Skip(1))
        {
            var other = MixingPresets.Get(companion);
            foreach (var (key, option) in solar.Overrides)
                if (parse.GetValue(option) is double v)
                    other = other.With(key, v);
            scenarios.Add(SolarMixingScenarios.Create(companion, model, other, window));
        }
        return scenarios;
    }

    private static string Describe(double muEff, RecoilWindow window, IReadOnlyList<SolarMixingScenario> scenarios, MomentLimitSet l)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Moment limits from solar mu_eff < {MomentOptionValues.Format(muEff)} mu_B, each with all other moments zero.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"P_ej averaged over the magnetic-moment signal of all species, recoil window {window.Min}-{window.Max} MeV:");
        foreach (var s in scenarios)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.Label}: P_ee = {s.Pee:F4}, P_e1 = {s.MassStates.Pe1:F4}, P_e2 = {s.MassStates.Pe2:F4}, P_e3 = {s.MassStates.Pe3:F4}");
        text.AppendLine("Conservative = the weakest limit over the mass orderings above and both theta23 octants.");
        text.AppendLine();
        void Row(string group, string name, MomentLimit limit) => text.AppendLine(CultureInfo.InvariantCulture,
            $"  {group,-9} {name,-7} < {MomentOptionValues.Format(limit.Value)} mu_B   [{limit.Scenario}]");
        Row("flavour", "mu_e", l.FlavourE);
        Row("flavour", "mu_mu", l.FlavourMu);
        Row("flavour", "mu_tau", l.FlavourTau);
        Row("Dirac", "mu_11", l.Dirac11);
        Row("Dirac", "mu_22", l.Dirac22);
        Row("Dirac", "mu_33", l.Dirac33);
        Row("Majorana", "mu_12", l.Majorana12);
        Row("Majorana", "mu_13", l.Majorana13);
        Row("Majorana", "mu_23", l.Majorana23);
        text.AppendLine();
        return text.ToString();
    }

    private static string ComparisonTable(double muEff)
    {
        var text = new StringBuilder();
        text.AppendLine("Published bounds (different experiments bound different effective moments):");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"category",-12} {"experiment",-24} {"quantity",-32} {"limit [mu_B]",-12} {"C.L.",-9} {"/ this",-7} source");
        foreach (var row in BoundComparison.Build(muEff, "--mu-eff input"))
        {
            var b = row.Bound;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {b.Category,-12} {b.Experiment,-24} {b.Quantity,-32} {MomentOptionValues.Format(b.Limit),-12} {b.ConfidenceLevel,-9} {row.RatioToThisWork,-7:G3} {b.Source}");
        }
        return text.ToString();
    }

    private static JsonObject ToJson(MomentLimitSet l) => new()
    {
        ["flavor"] = new JsonObject { ["e"] = l.FlavourE.Value, ["mu"] = l.FlavourMu.Value, ["tau"] = l.FlavourTau.Value },
        ["dirac"] = new JsonObject { ["11"] = l.Dirac11.Value, ["22"] = l.Dirac22.Value, ["33"] = l.Dirac33.Value },
        ["majorana"] = new JsonObject { ["12"] = l.Majorana12.Value, ["13"] = l.Majorana13.Value, ["23"] = l.Majorana23.Value },
    };

    private static JsonObject RegionsJson(double muEff, SolarMixingScenario scenario)
    {
        var planes = new JsonArray();
        foreach (var basis in new[] { MomentBasis.Mass, MomentBasis.Flavour })
            foreach (var (a, b) in new[] { (0, 1), (0, 2), (1, 2) })
            {
                var r = TransitionMomentRegion.Create(basis, a, b, muEff, scenario.MassStates, scenario.Pmns);
                var points = new JsonArray();
                foreach (var (x, y) in r.Boundary())
                    points.Add(new JsonArray(x, y));
                planes.Add(new JsonObject
                {
                    ["basis"] = basis == MomentBasis.Mass ? "mass" : "flavour",
                    ["x"] = r.AxisA,
                    ["y"] = r.AxisB,
                    ["min_mu_eff_sq"] = new JsonObject { ["xx"] = r.Baa, ["yy"] = r.Bbb, ["xy"] = -2 * r.BabModulus },
                    ["max_x"] = r.MaxA,
                    ["max_y"] = r.MaxB,
                    ["boundary"] = points,
                });
            }
        return new JsonObject
        {
            ["mu_eff_limit"] = muEff,
            ["mixing"] = scenario.Label,
            ["description"] = "Allowed region: min over phases and the third modulus of mu_eff^2 = xx x^2 + yy y^2 + xy x y <= mu_eff_limit^2",
            ["planes"] = planes,
        };
    }
}
