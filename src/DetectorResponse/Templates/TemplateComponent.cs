using DetectorResponse.Spectra;
using MathNet.Numerics;
using SolarFlux.Common;

namespace DetectorResponse.Templates;

/// <summary>
/// A fit component given as a histogram (e.g. a Borexino MC shape loaded with <see cref="TemplateFile"/>).
/// The template is a piecewise-constant density on its axis x. With nuisances (scale, shift, extra
/// Gaussian smearing; <see cref="TemplateNuisance"/>) it is mapped onto the observable axis y and
/// integrated exactly over arbitrary observable bins:
///   fraction below y = sum_i f_i K_i(y),  K_i(y) = sigma_i/(b_i - a_i) [G((y - a_i)/sigma_i) - G((y - b_i)/sigma_i)],
/// with [a_i, b_i] the mapped bin i, f_i its share of the template, G(t) = t Phi(t) + phi(t) (the
/// integral of the normal CDF Phi), sigma_i the smearing at the bin centre; for sigma = 0, K_i is the
/// linear overlap. Evaluation is allocation-free.
/// An <see cref="TemplateAxis.ObservableEnergy"/> template is used this way directly; for a
/// <see cref="TemplateAxis.TrueEnergy"/> template this amounts to a linear, Gaussian response, and
/// the full detector response should be applied to <see cref="Shape"/> instead.
/// </summary>
public sealed class TemplateComponent
{
    private const double Reach = 8.0; // Gaussian tails beyond 8 sigma (< 1e-15) are neglected

    private readonly double[] _edges;
    private readonly double[] _fractions;
    private readonly double[] _cumulative; // _cumulative[i] = sum of _fractions[0..i-1]

    public TemplateComponent(string name, EnergyHistogram shape, TemplateAxis axis)
    {
        if (shape.Total <= 0)
            throw new UserInputException($"{shape.Source}: template '{name}' is empty (total 0)");
        Name = name;
        Shape = shape;
        Axis = axis;
        _edges = shape.Edges.ToArray();
        _fractions = new double[shape.Count];
        _cumulative = new double[shape.Count + 1];
        double total = shape.Total;
        for (int i = 0; i < shape.Count; i++)
        {
            _fractions[i] = shape.Contents[i] / total;
            _cumulative[i + 1] = _cumulative[i] + _fractions[i];
        }
    }

    public string Name { get; }

    public TemplateAxis Axis { get; }

    /// <summary>The histogram as given (content per bin, e.g. cpd/100t).</summary>
    public EnergyHistogram Shape { get; }

    /// <summary>Sum of the template's contents (e.g. the rate in cpd/100t the shape was made for).</summary>
    public double ReferenceTotal => Shape.Total;

    /// <summary>
    /// Expected counts in the observable bins (edges ascending): amplitude x the share of the mapped,
    /// smeared template in each bin. Amplitude is the expected total over the whole axis, e.g.
    /// rate [cpd/100t] x exposure [day x 100 t].
    /// </summary>
    public void ExpectedCounts(ReadOnlySpan<double> observableEdges, in TemplateNuisance nuisance, double amplitude, Span<double> counts)
    {
        if (counts.Length != observableEdges.Length - 1)
            throw new ArgumentException($"{observableEdges.Length} edges need {observableEdges.Length - 1} outputs, got {counts.Length}");
        if (!(nuisance.Scale > 0) || !double.IsFinite(nuisance.Scale) || !double.IsFinite(nuisance.Shift))
            throw new ArgumentOutOfRangeException(nameof(nuisance), $"template '{Name}': scale must be finite and > 0, shift finite");
        double below = FractionBelow(observableEdges[0], nuisance);
        for (int k = 0; k < counts.Length; k++)
        {
            double above = FractionBelow(observableEdges[k + 1], nuisance);
            counts[k] = amplitude * Math.Max(above - below, 0);
            below = above;
        }
    }

    /// <summary>Convenience form of <see cref="ExpectedCounts(ReadOnlySpan{double}, in TemplateNuisance, double, Span{double})"/> (allocates).</summary>
    public double[] ExpectedCounts(ReadOnlySpan<double> observableEdges, TemplateNuisance nuisance, double amplitude)
    {
        var counts = new double[observableEdges.Length - 1];
        ExpectedCounts(observableEdges, nuisance, amplitude, counts);
        return counts;
    }

    /// <summary>Share of the mapped and smeared template below observable value y.</summary>
    public double FractionBelow(double y, in TemplateNuisance n)
    {
        int count = _fractions.Length;
        double sigmaMax = Math.Max(n.Sigma(Map(_edges[0], n)), n.Sigma(Map(_edges[^1], n)));
        double reach = Reach * sigmaMax;
        // bins entirely below y - reach count fully, bins entirely above y + reach not at all
        int first = FirstBinWithHighAbove(Unmap(y - reach, n));
        int last = FirstBinWithHighAbove(Unmap(y + reach, n)); // bins after 'last' start above y + reach
        double sum = _cumulative[first];
        for (int i = first; i <= last && i < count; i++)
        {
            if (_fractions[i] == 0)
                continue;
            double a = Map(_edges[i], n);
            double b = Map(_edges[i + 1], n);
            double sigma = n.Sigma(0.5 * (a + b));
            sum += _fractions[i] * Kernel(y, a, b, sigma);
        }
        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>Share of a uniform distribution on [a, b], smeared by N(0, sigma), lying below y.</summary>
    private static double Kernel(double y, double a, double b, double sigma)
    {
        if (sigma <= 0 || sigma < 1e-9 * (b - a))
            return Math.Clamp((y - a) / (b - a), 0, 1);
        return sigma / (b - a) * (G((y - a) / sigma) - G((y - b) / sigma));
    }

    /// <summary>G(t) = integral of Phi = t Phi(t) + phi(t).</summary>
    private static double G(double t)
    {
        if (t > Reach)
            return t;
        if (t < -Reach)
            return 0;
        double phi = Math.Exp(-0.5 * t * t) / Constants.Sqrt2Pi;
        double cdf = 0.5 * SpecialFunctions.Erfc(-t / Constants.Sqrt2);
        return t * cdf + phi;
    }

    private static double Map(double x, in TemplateNuisance n) => n.Scale * x + n.Shift;

    private static double Unmap(double y, in TemplateNuisance n) => (y - n.Shift) / n.Scale;

    /// <summary>Index of the first bin whose high edge exceeds x (Count if none).</summary>
    private int FirstBinWithHighAbove(double x)
    {
        int lo = 0, hi = _fractions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_edges[mid + 1] > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
}
