namespace SpectralFit.Modeling;

using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SpectralFit.Configuration;

/// <summary>The solar model and survival probabilities a fit configuration selects (solar:ssm, solar:table, solar:mixing).</summary>
public sealed record SolarSetup(SolarFlux.Solar.SolarModel Model, MixingParameters Mixing, MswSurvivalProbability Survival)
{
    public static SolarSetup From(SolarSpec spec)
    {
        var name = spec.Model == Configuration.SolarModel.Gs98 ? SolarModelName.Gs98 : SolarModelName.Agss09;
        var model = spec.TablePath is null ? SolarFlux.Solar.SolarModel.Standard(name) : SolarFlux.Solar.SolarModel.FromTable(spec.TablePath, name);
        return new SolarSetup(model, spec.Mixing, new MswSurvivalProbability(model, spec.Mixing));
    }
}
