using DetectorResponse.Estimators;

namespace SpectralFit.Modeling;

/// <summary>Maps the configuration's estimator choice to the detector layer's <see cref="EnergyEstimator"/>.</summary>
public static class ModelEstimator
{
    public static EnergyEstimator From(Configuration.EnergyEstimator estimator) => estimator switch
    {
        Configuration.EnergyEstimator.Npe => EnergyEstimator.Npe,
        Configuration.EnergyEstimator.Nh => EnergyEstimator.Nh,
        Configuration.EnergyEstimator.Npmts => EnergyEstimator.Npmts,
        Configuration.EnergyEstimator.NpmtsDt1 => EnergyEstimator.NpmtsDt1,
        _ => EnergyEstimator.NpmtsDt2,
    };

    public static SolarFlux.Solar.SolarModelName From(Configuration.SolarModel model) =>
        model == Configuration.SolarModel.Gs98 ? SolarFlux.Solar.SolarModelName.Gs98 : SolarFlux.Solar.SolarModelName.Agss09;
}
