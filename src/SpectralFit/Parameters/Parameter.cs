using SolarFlux.Common;

namespace SpectralFit.Parameters;

/// <summary>
/// One fit parameter in the style of Minuit: a name, a starting value, a step (the expected
/// 1-sigma error, used to scale the minimizer's first steps), optional limits, a fixed flag and an
/// optional Gaussian prior. Immutable; the With* methods return a validated copy.
/// Construction validates: finite value, step &gt; 0, lower &lt;= upper, value inside the limits,
/// and names the parameter in the <see cref="UserInputException"/> message.
/// Minimizer note: a limit on one side only (e.g. a rate &gt;= 0) keeps the problem nearly quadratic;
/// two-sided limits use Minuit's sin transformation, which is strongly non-linear near a limit and
/// costs the minimizer several times more iterations when the range is wide.
/// </summary>
public sealed class Parameter
{
    public Parameter(string name, double value, double step,
        double lower = double.NegativeInfinity, double upper = double.PositiveInfinity,
        bool isFixed = false, GaussianPrior? prior = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new UserInputException("parameter name: expected a non-empty name");
        Name = name;
        Value = UserInputException.RequireFinite(value, $"parameter '{name}': value");
        if (!double.IsFinite(step) || step <= 0)
            throw new UserInputException($"parameter '{name}': step must be a finite number > 0, got {step}");
        Step = step;
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower == double.PositiveInfinity || upper == double.NegativeInfinity)
            throw new UserInputException($"parameter '{name}': limits [{lower}, {upper}] are not valid numbers");
        if (lower > upper)
            throw new UserInputException($"parameter '{name}': lower limit {lower} is above upper limit {upper} (expected min <= max)");
        if (lower == upper && !isFixed)
            throw new UserInputException($"parameter '{name}': lower and upper limit are both {lower}; fix the parameter instead");
        if (value < lower || value > upper)
            throw new UserInputException($"parameter '{name}': value {value} is outside its limits [{lower}, {upper}]");
        Lower = lower;
        Upper = upper;
        IsFixed = isFixed;
        Prior = prior;
    }

    public string Name { get; }

    /// <summary>Starting (or, after a fit, fitted) value.</summary>
    public double Value { get; }

    /// <summary>Initial step size / error estimate (1 sigma scale).</summary>
    public double Step { get; }

    public double Lower { get; }

    public double Upper { get; }

    public bool IsFixed { get; }

    public GaussianPrior? Prior { get; }

    public bool HasLowerLimit => !double.IsNegativeInfinity(Lower);

    public bool HasUpperLimit => !double.IsPositiveInfinity(Upper);

    public Parameter WithValue(double value) => new(Name, value, Step, Lower, Upper, IsFixed, Prior);

    public Parameter WithStep(double step) => new(Name, Value, step, Lower, Upper, IsFixed, Prior);

    public Parameter WithLimits(double lower, double upper) => new(Name, Value, Step, lower, upper, IsFixed, Prior);

    /// <summary>Fixed at <paramref name="value"/> (which must lie inside the limits).</summary>
    public Parameter FixedAt(double value) => new(Name, value, Step, Lower, Upper, true, Prior);

    public Parameter Released() => new(Name, Value, Step, Lower, Upper, false, Prior);

    public Parameter WithPrior(GaussianPrior? prior) => new(Name, Value, Step, Lower, Upper, IsFixed, prior);

    public override string ToString()
    {
        string limits = HasLowerLimit || HasUpperLimit ? $" in [{Lower}, {Upper}]" : "";
        string fixedText = IsFixed ? " (fixed)" : "";
        string prior = Prior is null ? "" : $" prior {Prior.Mean} +- {Prior.Sigma}";
        return $"{Name} = {Value} +- {Step}{limits}{fixedText}{prior}";
    }
}
