namespace DetectorResponse.Templates;

/// <summary>
/// Nuisance parameters that map a template axis x onto the fit's observable axis y, as in Borexino's
/// Monte Carlo fit method: y = Scale x + Shift, then an extra Gaussian smearing of width
/// sigma(y) = sqrt(SmearConstant^2 + SmearStochastic^2 y) (y and sigma in observable units).
/// Scale also converts units, e.g. keV to N_h (about 0.35-0.40 hits/keV).
/// </summary>
public readonly record struct TemplateNuisance(double Scale, double Shift, double SmearConstant, double SmearStochastic)
{
    /// <summary>No change: y = x, no extra smearing.</summary>
    public static TemplateNuisance Identity => new(1, 0, 0, 0);

    /// <summary>Extra smearing width at observable value y.</summary>
    public double Sigma(double y) => Math.Sqrt(SmearConstant * SmearConstant + SmearStochastic * SmearStochastic * Math.Max(y, 0));
}
