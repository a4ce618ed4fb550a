using SolarFlux.Common;
using SpectralFit.Configuration;
using SpectralFit.Parameters;

namespace SpectralFit.Modeling;

/// <summary>
/// Turns configured parameters into fit <see cref="Parameter"/>s: the name is the last part of the config key
/// ("pp", "C14", "light_yield"), limits are the configured ones intersected with the range the detector model
/// accepts (DetectorResponse.Estimators.ResponseParameters, Folding.FoldingParameters), steps are a physicist's
/// 1-sigma guess.
/// </summary>
public static class FitParameterFactory
{
    /// <summary>The parameter of interest: the effective magnetic moment in units of 1e-11 mu_B.</summary>
    public const string MomentName = "mu_nu";

    /// <summary>Unit of <see cref="MomentName"/> in the fit vector [mu_B].</summary>
    public const double MomentUnit = 1e-11;

    /// <summary>Response parameters the folder accepts, their range there and a typical 1-sigma step.</summary>
    public static IReadOnlyDictionary<string, (double Min, double Max, double Step)> ResponseRanges { get; } =
        new Dictionary<string, (double, double, double)>
        {
            ["light_yield"] = (100, 2000, 5),
            ["cherenkov_fraction"] = (0, 0.2, 0.005),
            ["resolution_v1"] = (0, 2, 0.05),
            ["resolution_sigma_t"] = (0, 0.2, 0.005),
            ["resolution_sigma_d"] = (0, 50, 0.5),
            ["po210_position"] = (0.1, 1.5, 0.003),
            ["po210_width"] = (0.0, 0.2, 0.003),
            ["c11_shift"] = (-0.2, 0.2, 0.005),
        };

    /// <summary>Response keys that are not fit parameters and must be fixed: kb and c14_shape_a select precomputed
    /// light and shape tables; the estimator's hit and PMT scales are calibration constants.</summary>
    public static IReadOnlyList<string> BuildTimeKeys { get; } =
        ["kb", "c14_shape_a", "live_pmts", "hits_per_photoelectron", "hit_capacity", "window_fraction_dt1", "window_fraction_dt2"];

    public static string ShortName(ParameterSpec spec) => spec.Name[(spec.Name.LastIndexOf(':') + 1)..];

    public static Parameter Rate(ParameterSpec spec)
    {
        double step = Math.Max(0.05 * Math.Abs(spec.Init), 0.05);
        return Create(spec, spec.Min, spec.Max, step);
    }

    public static Parameter Response(ParameterSpec spec)
    {
        string name = ShortName(spec);
        var (lo, hi, step) = ResponseRanges[name];
        return Create(spec, Math.Max(spec.Min, lo), Math.Min(spec.Max, hi), step);
    }

    /// <summary>
    /// Start of mu_nu [1e-11 mu_B]: inside the limit, because the moment signal enters as mu^2 and has zero slope at
    /// mu = 0, where a search started on the limit can stay (Minimization.BoundaryEscape is the safety net).
    /// </summary>
    public const double MomentStart = 1.0;

    /// <summary>mu_nu [1e-11 mu_B], free, starting at <see cref="MomentStart"/>, limited to [0, upper].</summary>
    public static Parameter Moment(double upperMuB) => new(MomentName, MomentStart, 1.0, 0, Math.Max(upperMuB / MomentUnit, 10));

    /// <summary>
    /// Steps set to twice the expected conditional 1-sigma errors (Minuit takes the step as the first error
    /// estimate); kept where the error is undefined, and at most a quarter of the parameter's range.
    /// </summary>
    public static ParameterSet WithExpectedSteps(ParameterSet parameters, IReadOnlyList<double> errors) =>
        new(parameters.Select((p, k) =>
        {
            double e = errors[k];
            if (p.IsFixed || !double.IsFinite(e) || e <= 0)
                return p;
            double range = p.Upper - p.Lower;
            return p.WithStep(double.IsFinite(range) ? Math.Min(2 * e, 0.25 * range) : 2 * e);
        }));

    private static Parameter Create(ParameterSpec spec, double lo, double hi, double step)
    {
        if (spec.Fixed)
        {
            if (spec.Init < lo || spec.Init > hi)
                throw new UserInputException($"{spec.Name}: {spec.Init} {spec.Unit} is outside the range the detector model accepts [{lo}, {hi}]");
            return new Parameter(ShortName(spec), spec.Init, step, Math.Min(lo, spec.Init), Math.Max(hi, spec.Init), true);
        }
        if (!(lo < hi))
            throw new UserInputException($"{spec.Name}: the fit limits [{spec.Min}, {spec.Max}] {spec.Unit} leave nothing inside the range the detector model accepts");
        double init = Math.Clamp(spec.Init, lo, hi);
        var prior = spec.Pull;
        return new Parameter(ShortName(spec), init, Math.Min(step, 0.25 * (hi - lo)), lo, hi, false, prior);
    }
}
