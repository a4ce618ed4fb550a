using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SpectralFit.Moments;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit effective`: the effective moment each experiment (reactor, spallation source, solar pp and 7Be)
/// measures for given mass-basis moments, Majorana (transition moments) or Dirac (diagonal moments).
/// </summary>
public static class EffectiveCommand
{
    public static Command Create()
    {
        var majorana = new Option<bool>("--majorana") { Description = "Majorana neutrinos: --lambda are the transition moments |Lambda_1|,|Lambda_2|,|Lambda_3| (mass basis; |Lambda_1| = mu_23 etc.)" };
        var dirac = new Option<bool>("--dirac") { Description = "Dirac neutrinos: --lambda are the diagonal moments mu_11,mu_22,mu_33 (mass basis)" };
        var lambda = new Option<string>("--lambda") { Description = "Three moduli >= 0, comma-separated, in any unit (the output uses the same unit)", Required = true };
        var zeta = new Option<string?>("--zeta") { Description = "Three phases zeta_i [rad] of the moments (Lambda_i = |Lambda_i| e^{i zeta_i}); required with --majorana, default 0 with --dirac" };
        var delta = new Option<double?>("--delta") { Description = "Dirac CP phase delta_CP [rad] (overrides the preset's, like --delta-cp); required with --majorana, default the preset's with --dirac" };
        var solar = new SolarOptions();
        var window = new Option<string>("--window") { Description = "Recoil-energy window T_min,T_max [MeV] for the solar signal weights", DefaultValueFactory = _ => "0.19,2.93" };
        var json = new Option<string?>("--json") { Description = "Write the effective moments as JSON to FILE" };

        var command = new Command("effective",
            "Effective magnetic moment measured by reactor, spallation-source and solar (pp, 7Be) experiments for " +
            "given mass-basis moments (Grimus & Schwetz, NPB 587, 45 (2000)). Majorana phases of U are absorbed in zeta.\n" +
            "Example: spectralfit effective --majorana --lambda 1e-11,2e-11,3e-11 --zeta 0,0.5,1 --delta 4.0 --json eff.json")
        {
            majorana, dirac, lambda, zeta, delta, window, json,
        };
        solar.AddTo(command);
        command.SetAction(parse =>
        {
            double? deltaCp = parse.GetValue(solar.Overrides.Single(o => o.Key == "delta_cp").Option);
            if (parse.GetValue(delta) is not null && deltaCp is not null)
                throw new UserInputException("effective: give --delta or --delta-cp, not both");
            var (model, mixing) = solar.Build(parse);
            if (parse.GetValue(json) is { } jsonTarget)
                JsonOutput.CheckWritable(jsonTarget);
            return Run(parse.GetValue(majorana), parse.GetValue(dirac), parse.GetValue(lambda)!, parse.GetValue(zeta),
                parse.GetValue(delta) ?? deltaCp, model, mixing, solar.MixingLabel(parse), parse.GetValue(window)!, parse.GetValue(json));
        });
        return command;
    }

    private static int Run(bool majorana, bool dirac, string lambdaText, string? zetaText, double? delta,
        SolarModel model, MixingParameters mixing, string mixingName, string windowText, string? jsonPath)
    {
        if (majorana == dirac)
            throw new UserInputException("effective: give exactly one of --majorana or --dirac");
        if (majorana && (zetaText is null || delta is null))
            throw new UserInputException("--majorana needs --zeta Z1,Z2,Z3 and --delta D (phases in radians): the reactor and spallation moments depend on them");
        double[] moduli = MomentOptionValues.Parse(lambdaText, "--lambda", 3, nonNegative: true);
        double[] phases = zetaText is null ? [0, 0, 0] : MomentOptionValues.Parse(zetaText, "--zeta", 3);
        if (delta is double d)
            UserInputException.RequireFinite(d, "--delta");
        var window = MomentOptionValues.ParseWindow(windowText);

        if (delta is double dcp)
            mixing = mixing with { DeltaCp = dcp };
        var pmns = PmnsMatrix.From(mixing);
        var values = new ComplexVector3(
            Complex.FromPolarCoordinates(moduli[0], phases[0]),
            Complex.FromPolarCoordinates(moduli[1], phases[1]),
            Complex.FromPolarCoordinates(moduli[2], phases[2]));
        var moments = majorana
            ? MomentMatrix.Majorana(values, MomentBasis.Mass)
            : MomentMatrix.DiracDiagonal(values, MomentBasis.Mass);

        var survival = new MswSurvivalProbability(model, mixing);
        MassStateProbabilities Averaged(NeutrinoSpecies s) => SolarSignalAverage.MassStates(survival,
            MagneticMomentSignal.Weights(s, SolarFlux.Spectra.SolarNeutrinoSpectra.For(s), model.Fluxes.Flux(s), window));
        var result = ExperimentEffectiveMoments.Compute(moments, pmns, Averaged(NeutrinoSpecies.Pp), Averaged(NeutrinoSpecies.Be7));

        string F(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        Console.WriteLine(
            $"{(majorana ? "Majorana" : "Dirac")} moments (mass basis) {F(moduli[0])}, {F(moduli[1])}, {F(moduli[2])}; " +
            $"zeta = {F(phases[0])}, {F(phases[1])}, {F(phases[2])} rad; delta_CP = {F(mixing.DeltaCp)} rad; mixing {mixingName}");
        Console.WriteLine($"  reactor anti-nu_e              {F(result.Reactor)}");
        Console.WriteLine($"  spallation prompt nu_mu        {F(result.SnsPrompt)}");
        Console.WriteLine($"  spallation delayed nu_e        {F(result.SnsDelayedNuE)}");
        Console.WriteLine($"  spallation delayed anti-nu_mu  {F(result.SnsDelayedAntiNuMu)}");
        Console.WriteLine($"  solar pp                       {F(result.SolarPp)}");
        Console.WriteLine($"  solar 7Be                      {F(result.SolarBe7)}");

        if (jsonPath is null)
            return 0;
        JsonOutput.Write(jsonPath, new JsonObject
        {
            ["reactor"] = result.Reactor,
            ["sns_prompt"] = result.SnsPrompt,
            ["sns_delayed_nue"] = result.SnsDelayedNuE,
            ["sns_delayed_numubar"] = result.SnsDelayedAntiNuMu,
            ["solar_pp"] = result.SolarPp,
            ["solar_be7"] = result.SolarBe7,
        });
        Console.WriteLine($"wrote {jsonPath}");
        return 0;
    }
}
