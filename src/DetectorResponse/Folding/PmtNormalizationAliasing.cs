using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// Binning aliasing of an estimator that counts integers and is scaled to a reference number of PMTs.
/// Borexino's N_h, N_p and N_pe are normalized event by event to 2000 live PMTs, x = n R / N_live
/// (R = 2000; Borexino reconstruction, Echidna BxEvent::NormalizePmts). For one N_live the values sit on a lattice
/// of spacing R / N_live ~ 1.1-1.4; over the spread of N_live the points pile up at and avoid the values R p/q with
/// small q (Farey gaps): in unit bins, the bin ending at 200 = 2000/10 loses ~7% of its events, the one starting
/// there gains them (likewise at 125, 250, 400, ...). Borexino's published Phase-II spectrum and its Monte Carlo fit
/// curve both show this structure (README.md, "Reproducing Borexino"); a smooth model misses ~80 deviance units there.
///
/// Expected content of bin k (edges [l_k, u_k), width D_k, centre c_k) for an estimator density f(x) that is smooth
/// on the scale of a bin; a raw count n has probability f(x_n) s with x_n = n s and s = R / N_live:
///   mu_k = sum_m P(m) sum_{n: x_n in [l_k, u_k)} f(x_n) s_m  ~  W_k F_k + C_k f'(c_k),
///   W_k = sum P s / D_k,  C_k = sum P s (x_n - c_k),
/// where F_k = f(c_k) D_k is the smooth model's bin content and f' is taken from the neighbouring bins
/// (central differences of F/D; one-sided at the window edges). N_live is uniform over the integers
/// [<see cref="LiveMin"/>, <see cref="LiveMax"/>]. The map is linear, so it applies equally to folded shapes and to
/// their parameter derivatives.
/// </summary>
public sealed class PmtNormalizationAliasing
{
    private readonly double[] _weight;
    private readonly double[] _moment;
    private readonly double[] _centre;
    private readonly double[] _width;

    /// <param name="referencePmts">R, the number of PMTs the estimator is scaled to (Borexino: 2000).</param>
    /// <param name="liveMin">Smallest number of live PMTs N_live.</param>
    /// <param name="liveMax">Largest N_live (N_live uniform over the integers liveMin..liveMax).</param>
    /// <param name="binning">The observable bins the folded spectra are given in.</param>
    public PmtNormalizationAliasing(double referencePmts, int liveMin, int liveMax, ObservableBinning binning)
    {
        if (!(referencePmts > 0) || !double.IsFinite(referencePmts))
            throw new UserInputException($"PMT normalization: reference number of PMTs must be > 0, got {referencePmts}");
        if (liveMin < 1 || liveMax < liveMin)
            throw new UserInputException($"PMT normalization: live PMTs need 1 <= min <= max, got {liveMin}-{liveMax}");
        ReferencePmts = referencePmts;
        LiveMin = liveMin;
        LiveMax = liveMax;
        int bins = binning.Count;
        var edges = binning.Edges;
        _weight = new double[bins];
        _moment = new double[bins];
        _centre = new double[bins];
        _width = new double[bins];
        for (int k = 0; k < bins; k++)
        {
            _centre[k] = 0.5 * (edges[k] + edges[k + 1]);
            _width[k] = edges[k + 1] - edges[k];
        }
        double p = 1.0 / (liveMax - liveMin + 1);
        for (int m = liveMin; m <= liveMax; m++)
        {
            double s = referencePmts / m;
            long first = (long)Math.Ceiling(edges[0] / s) - 1;
            int k = 0;
            for (long n = Math.Max(0, first); ; n++)
            {
                double x = n * referencePmts / m;
                if (x < edges[0])
                    continue;
                if (x >= edges[bins])
                    break;
                while (x >= edges[k + 1])
                    k++;
                _weight[k] += p * s;
                _moment[k] += p * s * (x - _centre[k]);
            }
        }
        for (int k = 0; k < bins; k++)
            _weight[k] /= _width[k];
    }

    public double ReferencePmts { get; }
    public int LiveMin { get; }
    public int LiveMax { get; }
    public int BinCount => _weight.Length;

    /// <summary>W_k: content of bin k relative to a smooth model for a locally flat density (1 without aliasing).</summary>
    public ReadOnlySpan<double> Weights => _weight;

    /// <summary>
    /// Replaces the smooth bin contents in <paramref name="row"/> (one component, or one derivative of it) by the
    /// aliased ones; <paramref name="scratch"/> (length BinCount) is overwritten. No allocation.
    /// </summary>
    public void Apply(Span<double> row, Span<double> scratch)
    {
        int n = _weight.Length;
        if (row.Length != n || scratch.Length != n)
            throw new ArgumentException($"row and scratch need {n} elements, got {row.Length} and {scratch.Length}");
        if (n == 1)
        {
            row[0] *= _weight[0];
            return;
        }
        for (int k = 0; k < n; k++)
            scratch[k] = row[k] / _width[k];
        for (int k = 0; k < n; k++)
        {
            int lo = k == 0 ? 0 : k - 1, hi = k == n - 1 ? n - 1 : k + 1;
            double slope = (scratch[hi] - scratch[lo]) / (_centre[hi] - _centre[lo]);
            row[k] = _weight[k] * row[k] + _moment[k] * slope;
        }
    }
}
