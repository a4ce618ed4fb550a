using SolarFlux.Common;

namespace SpectralFit.Tests.Modeling;

/// <summary>
/// The estimator's calibration constants (response:hits_per_photoelectron, hit_capacity, live_pmts,
/// window_fraction_dt1/dt2) are not fit parameters: a fixed value must reach the model, a free one is an error.
/// </summary>
public class EstimatorCalibrationKeysTests
{
    [Test]
    public void Build_FixedHitCapacity_ChangesTheNhScale()
    {
        // A smaller saturation scale L_h compresses high N_h: the 11C / external-gamma end of the spectrum moves down.
        double[] Expected(params string[] overrides)
        {
            var fit = ReferenceFit.Build([.. ReferenceFit.C14Pull, .. overrides]);
            var e = new double[fit.Model.BinCount];
            fit.Model.Expected(fit.Model.Parameters.Values(), e);
            return e;
        }
        var nominal = Expected();
        var saturated = Expected("response:hit_capacity:init=1800", "response:hit_capacity:fixed=true");
        // Above N_h ~870 (last 10 bins of 8 hits) the external 208Tl edge leaves the top of the window.
        double Top(double[] e) => e[^10..].Sum();
        Assert.That(Top(saturated), Is.LessThan(0.8 * Top(nominal)));
    }

    [TestCase("hit_capacity", "2200")]
    [TestCase("hits_per_photoelectron", "0.9")]
    [TestCase("window_fraction_dt1", "0.9")]
    public void Build_FreeCalibrationConstant_ThrowsNamingTheKey(string key, string value)
    {
        var ex = Assert.Throws<UserInputException>(() => ReferenceFit.Build($"response:{key}:init={value}"));
        Assert.That(ex!.Message, Does.Contain($"response:{key}").And.Contain("must be fixed"));
    }
}
