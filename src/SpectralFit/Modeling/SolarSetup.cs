using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SpectralFit.Configuration;

namespace SpectralFit.Modeling;

/// <summary>The solar model and survival probabilities a fit configuration selects (solar:ssm, solar:table, solar:mixing).</summary>
public sealed record SolarSetup(SolarFlux.Solar.SolarModel Model, MixingParameters Mixing, MswSurvivalProbability Survival)
{
    public static SolarSetup From(SolarSpec spec)
    {
        var name = ModelEstimator.From(spec.Model);
        var model = spec.TablePath is null ? SolarFlux.Solar.SolarModel.Standard(name) : SolarFlux.Solar.SolarModel.FromTable(spec.TablePath, name);
        var mixing = MixingPresets.Get(spec.MixingPreset, "solar:mixing:preset");
        foreach (var (key, value) in spec.MixingOverrides)
        {
            try
            {
                mixing = mixing.With(key, value);
            }
            catch (UserInputException e)
            {
                throw new UserInputException($"solar:mixing:overrides:{key}: {e.Message}", e);
            }
        }
        return new SolarSetup(model, mixing, new MswSurvivalProbability(model, mixing));
    }
}
