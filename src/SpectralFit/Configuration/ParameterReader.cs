using SpectralFit.Parameters;

namespace SpectralFit.Configuration;

/// <summary>Reads and checks a fit parameter object (init, min, max, fixed, pull).</summary>
internal static class ParameterReader
{
    /// <param name="lo">Allowed minimum (the default lower limit).</param>
    /// <param name="hi">Allowed maximum (the default upper limit; may be +infinity).</param>
    public static ParameterSpec Read(ConfigNode node, string unit, double lo, double hi) =>
        Read(node, unit, node.Number("init"), lo, hi);

    public static ParameterSpec Read(ConfigNode node, string unit, double init, double lo, double hi)
    {
        double min = node.OptionalNumber("min") ?? lo;
        double max = node.OptionalNumber("max") ?? hi;
        bool isFixed = node.Boolean("fixed");
        string u = unit == "1" ? "" : " " + unit;
        if (min > max)
            throw node.Error($"min ({ConfigNode.Format(min)}{u}) > max ({ConfigNode.Format(max)}{u}); expected min <= max, fix one of them");
        if (!isFixed && min == max)
            throw node.Error($"min = max = {ConfigNode.Format(min)}{u} leaves no room to fit; widen the limits or set fixed: true");
        if (init < min || init > max)
            throw node.Error("init", $"{ConfigNode.Format(init)}{u} is outside the fit limits [{ConfigNode.Format(min)}, {ConfigNode.Format(max)}]{u}; move init or the limits");

        GaussianPrior? pull = null;
        if (node.Child("pull") is { } p)
        {
            double sigma = p.Number("sigma");
            if (sigma <= 0)
                throw p.Error("sigma", $"expected a width > 0{u}, got {ConfigNode.Format(sigma)}");
            if (isFixed)
                throw node.Error("pull", "a fixed parameter cannot have a pull; remove the pull or set fixed: false");
            pull = new GaussianPrior(p.Number("mean"), sigma, node.Path);
        }
        return new ParameterSpec(node.Path, unit, init, min, max, isFixed, pull);
    }
}
