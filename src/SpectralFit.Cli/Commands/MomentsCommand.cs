using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SolarFlux.Oscillations;
using SpectralFit.Plotting;
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
        var regionsSvg = new Option<string?>("--regions-svg") { Description = "Plot the allowed (|Lambda_a|, |Lambda_b|) regions as SVG to FILE" };
        var boundsSvg = new Option<string?>("--bounds-svg") { Description = "Plot the published bounds next to --mu-eff as SVG to FILE" };

        var command = new Command("moments",
            "Limits on flavour and mass-basis magnetic moments implied by a limit on the solar mu_eff " +
            "(each with the other moments zero; conservative over theta23 octant, mass ordering and delta_CP), " +
            "allowed Majorana transition-moment regions, and published bounds for comparison.\n" +
            "Example: spectralfit moments --mu-eff 2.8e-11 --mixing pdg2016 --json limits.json")
        {
            muEff, window, json, regions, regionsSvg, boundsSvg,
        };
        solar.AddTo(command);
        command.SetAction(parse => Run(parse, solar, parse.GetValue(muEff), parse.GetValue(window)!,
            new Outputs(parse.GetValue(json), parse.GetValue(regions), parse.GetValue(regionsSvg), parse.GetValue(boundsSvg))));
        return command;
    }

    private sealed record Outputs(string? Json, string? Regions, string? RegionsSvg, string? BoundsSvg);

    private static int Run(ParseResult parse, SolarOptions solar, double muEffLimit, string windowText, Outputs outputs)
    {
        MomentOptionValues.RequirePositive(muEffLimit, "--mu-eff");
        var window = MomentOptionValues.ParseWindow(windowText);
        var scenarios = Scenarios(parse, solar, window);
        foreach (var (path, option) in new[] { (outputs.Json, "--json"), (outputs.Regions, "--regions"), (outputs.RegionsSvg, "--regions-svg"), (outputs.BoundsSvg, "--bounds-svg") })
            if (path is not null)
                JsonOutput.CheckWritable(path, option);
        var limits = SolarMomentLimits.Conservative(muEffLimit, scenarios);

        var comparison = BoundComparison.Build(muEffLimit, "--mu-eff input");
        Console.Write(Describe(muEffLimit, window, scenarios, limits));
        Console.Write(ComparisonTable(comparison));

        var regions = AllPlanes(muEffLimit, scenarios[0]);
        if (outputs.Json is not null)
            Wrote(outputs.Json, () => JsonOutput.Write(outputs.Json, ToJson(limits)));
        if (outputs.Regions is not null)
            Wrote(outputs.Regions, () => JsonOutput.Write(outputs.Regions, RegionsJson(muEffLimit, scenarios[0], regions)));
        if (outputs.RegionsSvg is not null)
            Wrote(outputs.RegionsSvg, () => SvgPlotWriter.WriteFile(outputs.RegionsSvg, MomentPlots.Regions(regions,
                $"Majorana transition moments allowed by solar mu_eff < {MomentOptionValues.Format(muEffLimit)} mu_B")));
        if (outputs.BoundsSvg is not null)
            Wrote(outputs.BoundsSvg, () => SvgPlotWriter.WriteFile(outputs.BoundsSvg,
                MomentPlots.Bounds(comparison, "Neutrino magnetic-moment bounds")));
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
        text.AppendLine("Conservative = the weakest limit over the mass orderings above, both theta23 octants and delta_CP (0-355 deg, 5-deg steps).");
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

    private static void Wrote(string path, Action write)
    {
        write();
        Console.WriteLine($"wrote {path}");
    }

    private static List<TransitionMomentRegion> AllPlanes(double muEff, SolarMixingScenario scenario) =>
        (from basis in new[] { MomentBasis.Mass, MomentBasis.Flavour }
         from plane in new[] { (0, 1), (0, 2), (1, 2) }
         select TransitionMomentRegion.Create(basis, plane.Item1, plane.Item2, muEff, scenario.MassStates, scenario.Pmns)).ToList();

    private static string ComparisonTable(IReadOnlyList<BoundComparisonRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("Published bounds (different experiments bound different effective moments):");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"#",-3} {"category",-12} {"experiment",-24} {"quantity",-32} {"limit [mu_B]",-12} {"C.L.",-9} {"/ this",-7} source");
        for (int i = 0; i < rows.Count; i++)
        {
            var (row, b) = (rows[i], rows[i].Bound);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {i + 1,-3} {b.Category,-12} {b.Experiment,-24} {b.Quantity,-32} {MomentOptionValues.Format(b.Limit),-12} {b.ConfidenceLevel,-9} {Ratio(row.RatioToThisWork),-7} {b.Source}");
        }
        return text.ToString();
    }

    private static string Ratio(double r) =>
        r.ToString(r >= 1000 ? "0.0e+0" : r >= 10 ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static JsonObject ToJson(MomentLimitSet l) => new()
    {
        ["flavor"] = new JsonObject { ["e"] = l.FlavourE.Value, ["mu"] = l.FlavourMu.Value, ["tau"] = l.FlavourTau.Value },
        ["dirac"] = new JsonObject { ["11"] = l.Dirac11.Value, ["22"] = l.Dirac22.Value, ["33"] = l.Dirac33.Value },
        ["majorana"] = new JsonObject { ["12"] = l.Majorana12.Value, ["13"] = l.Majorana13.Value, ["23"] = l.Majorana23.Value },
    };

    private static JsonObject RegionsJson(double muEff, SolarMixingScenario scenario, IReadOnlyList<TransitionMomentRegion> regions)
    {
        var planes = new JsonArray();
        foreach (var r in regions)
        {
            var points = new JsonArray();
            foreach (var (x, y) in r.Boundary())
                points.Add(new JsonArray(x, y));
            planes.Add(new JsonObject
            {
                ["basis"] = r.Basis == MomentBasis.Mass ? "mass" : "flavour",
                ["x"] = r.AxisA,
                ["y"] = r.AxisB,
                ["min_mu_eff_sq"] = new JsonObject { ["xx"] = r.Baa, ["yy"] = r.Bbb, ["xy"] = r.BabModulus == 0 ? 0.0 : -2 * r.BabModulus },
                ["max_x"] = r.MaxA,
                ["max_y"] = r.MaxB,
                ["boundary"] = points,
            });
        }
        return new JsonObject
        {
            ["mu_eff_limit"] = muEff,
            ["mixing"] = scenario.Label,
            ["description"] = "Majorana transition moments (x, y) = (|Lambda_a|, |Lambda_b|) allowed with phases and the third modulus free: " +
                "the smallest solar mu_eff^2 at (x, y) is q = xx x^2 plus yy y^2 plus xy x y (min_mu_eff_sq); allowed where q is at most mu_eff_limit^2. " +
                "boundary: points on q = mu_eff_limit^2 from the x axis to the y axis.",
            ["planes"] = planes,
        };
    }
}
