using MathNet.Numerics.Integration;

namespace SolarFlux.Common;

/// <summary>
/// Composite Gauss-Legendre rule on [0, 1] after the change of variables u = 3t^2 - 2t^3 (du = 6t(1-t) dt),
/// which crowds nodes at both ends. Integrable endpoint behaviour such as sqrt(b - x) (beta-spectrum endpoints)
/// or ln(x - a) (the QED endpoint logarithm of nu-e scattering) becomes smooth enough for Gauss-Legendre.
/// Usage, allocation-free: integral_a^b f(x) dx ~ (b - a) sum_k Weight(k) f(a + (b - a) Node(k)).
/// Immutable and thread-safe.
/// </summary>
public sealed class EndpointQuadrature
{
    private readonly double[] _nodes;
    private readonly double[] _weights;

    /// <summary>4 panels x 12 points: the rule used throughout SolarFlux (accuracy is tested against <see cref="Reference"/>).</summary>
    public static EndpointQuadrature Default { get; } = new(4, 12);

    /// <summary>64 panels x 20 points, for convergence checks.</summary>
    public static EndpointQuadrature Reference { get; } = new(64, 20);

    public EndpointQuadrature(int panels, int pointsPerPanel)
    {
        if (panels < 1 || pointsPerPanel < 1)
            throw new ArgumentOutOfRangeException(nameof(panels), "need at least one panel and one point");
        Panels = panels;
        PointsPerPanel = pointsPerPanel;
        var rule = new GaussLegendreRule(0.0, 1.0, pointsPerPanel);
        _nodes = new double[panels * pointsPerPanel];
        _weights = new double[panels * pointsPerPanel];
        double h = 1.0 / panels;
        for (int p = 0; p < panels; p++)
        {
            for (int i = 0; i < pointsPerPanel; i++)
            {
                double t = (p + rule.Abscissas[i]) * h;
                int k = p * pointsPerPanel + i;
                _nodes[k] = t * t * (3.0 - 2.0 * t);
                _weights[k] = rule.Weights[i] * h * 6.0 * t * (1.0 - t);
            }
        }
    }

    public int Panels { get; }

    public int PointsPerPanel { get; }

    /// <summary>Number of nodes.</summary>
    public int Count => _nodes.Length;

    /// <summary>Node k as a fraction of the interval, in (0, 1).</summary>
    public double Node(int k) => _nodes[k];

    /// <summary>Weight of node k for the unit interval (multiply by b - a).</summary>
    public double Weight(int k) => _weights[k];

    /// <summary>integral_a^b f(x) dx (convenience; allocates the delegate call only).</summary>
    public double Integrate(Func<double, double> f, double a, double b)
    {
        double width = b - a;
        double sum = 0.0;
        for (int k = 0; k < _nodes.Length; k++)
            sum += _weights[k] * f(a + width * _nodes[k]);
        return sum * width;
    }
}
