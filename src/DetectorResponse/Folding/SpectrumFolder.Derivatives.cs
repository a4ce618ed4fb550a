using DetectorResponse.Estimators;

namespace DetectorResponse.Folding;

/// <summary>
/// The folder's analytic derivatives (physics.md §6): per component and parameter (<see cref="FoldDerivative"/>), and
/// amplitude-weighted for several parameters in one pass (<see cref="FoldDerivatives"/>, the Jacobian's shape rows).
/// </summary>
public sealed partial class SpectrumFolder
{
    /// <summary>d output / d parameter for all components, same layout as <see cref="Fold(FoldingParameters, Span{double})"/>.</summary>
    public void FoldDerivative(FoldingParameters parameters, FoldingParameter which, Span<double> output)
    {
        CheckOutput(output);
        var response = Response(parameters);
        output.Clear();
        foreach (var set in _nodeSets)
            FoldNodesDerivative(set, parameters, response, which, output);
        foreach (var peak in _peaks)
            FoldPeakDerivative(parameters, response, peak.Total, peak, which, output.Slice(peak.GlobalIndex * BinCount, BinCount));
        Alias(output);
    }

    private void FoldNodesDerivative(LightNodeSet set, FoldingParameters p, in EstimatorResponse r, FoldingParameter which, Span<double> output)
    {
        if (!MovesNodes(set, which))
            return;
        EnsureEdgeArrays();
        int nb = BinCount, nc = set.ComponentCount;
        for (int k = set.FirstActiveNode; k <= set.LastActiveNode; k++)
        {
            var (mu, s) = NodeKernel(set, k, p, r);
            if (OutsideBand(mu, s))
                continue;
            double a = _electronSkew ? CountingSkewness.KernelSkew(r, mu, s) : 0;
            var (jLo, jHi) = NodeEdgeDerivativeArrays(mu, s, a);
            var (c0, c1, c2) = NodeDerivativeCoefficients(set, k, p, r, mu, s, a, which);
            for (int j = jLo; j <= jHi; j++)
                _row[j] = c0 * (_edgeQ![j + 1] - _edgeQ[j]) + c1 * (_edgeQu![j + 1] - _edgeQu[j]) + c2 * (_edgeQw![j + 1] - _edgeQw[j]);
            for (int c = 0; c < nc; c++)
            {
                double w = set.Weights[k * nc + c];
                if (w == 0)
                    continue;
                Accumulate(output.Slice(set.ComponentIndices[c] * nb + jLo, jHi - jLo + 1), _row.AsSpan(jLo, jHi - jLo + 1), w);
            }
        }
    }

    /// <summary>
    /// d/d(parameter) of the bin integrals of F = Phi(w(u; a)), u = (x - mu)/sigma, a = kappa3/(6 sigma^3):
    /// dF = phi(w) (du - (w^2 - 1) da) / (1 + 2 a w), du = -(dmu + u dsigma)/sigma, da = dkappa3/(6 sigma^3) - 3 a dsigma/sigma.
    /// </summary>
    private void FoldPeakDerivative(FoldingParameters p, in EstimatorResponse r, double total, PeakEntry peak, FoldingParameter which, Span<double> output)
    {
        var (mu, s) = PeakKernel(p, r, peak.WithResolution);
        var (dMu, dS) = PeakKernelDerivative(p, r, mu, s, peak.WithResolution, which);
        double a = 0, dA = 0;
        if (peak.Skewed)
        {
            a = CountingSkewness.KernelSkew(r, mu, s);
            dA = CountingSkewness.KernelSkewDerivative(r, mu, s, a, dMu, dS, which);
        }
        if ((dMu == 0 && dS == 0 && dA == 0) || OutsideBand(mu, s))
            return;
        var edges = Binning.Edges;
        var (_, _, jLo, jHi) = KernelWindow(mu, s);
        double previous = 0;
        for (int j = jLo; j <= jHi + 1; j++)
        {
            double d = SkewedCdfDerivative(edges[j], mu, s, a, dMu, dS, dA);
            if (j > jLo)
                output[j - 1] += total * (d - previous);
            previous = d;
        }
    }

    /// <summary>
    /// d mu / d theta and d sigma / d theta of the peak kernel (<see cref="PeakKernel"/>): with line width l = w N'(E_pk),
    /// sigma^2 = sigma_det^2(mu) + l^2 gives d sigma = (sigma_det^2'(mu) d mu + d sigma_det^2 / d theta + 2 l d l) / (2 sigma);
    /// without the detector term, d sigma = d l.
    /// </summary>
    private static (double DMean, double DSigma) PeakKernelDerivative(FoldingParameters p, in EstimatorResponse r, double mu,
        double sigma, bool withResolution, FoldingParameter which)
    {
        double e = p.PeakPosition, w = p.PeakWidth;
        var (dMu, dLine) = which switch
        {
            FoldingParameter.LightYield => (r.MeanDerivativeLightYield(e), w * r.MeanSlopeDerivativeLightYield(e)),
            FoldingParameter.PeakPosition => (r.MeanSlope(e), w * r.MeanCurvature(e)),
            FoldingParameter.PeakWidth => (0.0, r.MeanSlope(e)),
            _ => (0.0, 0.0),
        };
        if (!withResolution)
            return (dMu, dLine);
        double dVariance = r.VarianceSlope(mu) * dMu + VarianceParameterDerivative(r, mu, which);
        double line = w * r.MeanSlope(e);
        return (dMu, (dVariance + 2 * line * dLine) / (2 * sigma));
    }

    /// <summary>dF/d(parameter) at edge x inside the kernel cut (zero outside): phi(w) (du - (w^2 - 1) da) / (1 + 2 a w).</summary>
    private static double SkewedCdfDerivative(double x, double mu, double s, double a, double dMu, double dS, double dA)
    {
        double u = (x - mu) / s;
        if (Math.Abs(u) >= KernelCut)
            return 0;
        double w = CountingSkewness.NormalArgument(u, a);
        if (double.IsInfinity(w))
            return 0; // below the skewed kernel's support (a narrow, strongly skewed peak): F = 0 there
        double du = -(dMu + u * dS) / s;
        return NormalDistribution.Pdf(w) * (du - (w * w - 1) * dA) / (1 + 2 * a * w);
    }

    private double[]? _edgeQ, _edgeQu, _edgeQw;

    private void EnsureEdgeArrays()
    {
        _edgeQ ??= new double[BinCount + 1];
        _edgeQu ??= new double[BinCount + 1];
        _edgeQw ??= new double[BinCount + 1];
    }

    /// <summary>Whether a parameter moves the kernels of this node set (not the 210Po peak's; the positron shift only positrons).</summary>
    private static bool MovesNodes(LightNodeSet set, FoldingParameter which) =>
        which is not (FoldingParameter.PeakPosition or FoldingParameter.PeakWidth) && (which != FoldingParameter.PositronShift || set.Shiftable);

    /// <summary>
    /// A node's kernel derivative at edge x is Q(x) (c0 + c1 u + c2 (w^2 - 1)) with Q = phi(w) / (1 + 2 a w), u = (x - mu)/sigma,
    /// w = w(u; a) (<see cref="SkewedCdfDerivative"/>; the Gaussian kernel is a = 0). Fills Q, Q u and Q (w^2 - 1) at the
    /// edges of the kernel window (zero beyond the cut) and returns its bin range.
    /// </summary>
    private (int JLo, int JHi) NodeEdgeDerivativeArrays(double mu, double s, double a)
    {
        var edges = Binning.Edges;
        double[] q = _edgeQ!, qu = _edgeQu!, qw = _edgeQw!;
        var (_, _, jLo, jHi) = KernelWindow(mu, s);
        double inv = 1 / s;
        for (int j = jLo; j <= jHi + 1; j++)
        {
            double u = (edges[j] - mu) * inv;
            if (Math.Abs(u) >= KernelCut)
            {
                q[j] = qu[j] = qw[j] = 0;
                continue;
            }
            double w = a == 0 ? u : CountingSkewness.NormalArgument(u, a);
            double qj = NormalDistribution.Pdf(w) / (1 + 2 * a * w);
            q[j] = qj;
            qu[j] = qj * u;
            qw[j] = qj * (w * w - 1);
        }
        return (jLo, jHi);
    }

    /// <summary>The coefficients c0 = -dmu/sigma, c1 = -dsigma/sigma, c2 = -da of node k's kernel derivative (see above).</summary>
    private static (double C0, double C1, double C2) NodeDerivativeCoefficients(LightNodeSet set, int k, FoldingParameters p,
        in EstimatorResponse r, double mu, double s, double a, FoldingParameter which)
    {
        var (dMu, dVar) = NodeMeanAndVarianceDerivative(set, k, NodeVisibleEnergy(set, k, p), mu, r, which);
        double dS = dVar / (2 * s);
        double dA = a == 0 ? 0 : CountingSkewness.KernelSkewDerivative(r, mu, s, a, dMu, dS, which);
        return (-dMu / s, -dS / s, -dA);
    }

    /// <summary>
    /// Derivatives of a weighted sum of the folded components, sum_c weights[c] dF_c/d theta, for each parameter
    /// theta in <paramref name="which"/>: output[i * BinCount + j] for parameter which[i] (length which.Length x BinCount).
    /// The same numbers as weighting <see cref="FoldDerivative"/> (to ~1e-10 of the largest bin: the kernel cut is
    /// applied per edge), in one pass over the nodes: each node's kernel is evaluated once for all parameters and
    /// accumulated once with its component-weighted node weight, instead of once per parameter and component. This is
    /// what a Jacobian needs (weights = the component amplitudes), at a fraction of the cost. No allocation after the
    /// first call.
    /// </summary>
    public void FoldDerivatives(FoldingParameters parameters, ReadOnlySpan<FoldingParameter> which, ReadOnlySpan<double> weights,
        Span<double> output)
    {
        if (weights.Length != _components.Length)
            throw new ArgumentException($"weights must have {_components.Length} elements, got {weights.Length}", nameof(weights));
        if (output.Length != which.Length * BinCount)
            throw new ArgumentException($"output must have {which.Length} x {BinCount} elements, got {output.Length}", nameof(output));
        var response = Response(parameters);
        output.Clear();
        EnsureEdgeArrays();
        foreach (var set in _nodeSets)
            FoldNodesWeightedDerivatives(set, parameters, response, which, weights, output);
        foreach (var peak in _peaks)
        {
            if (weights[peak.GlobalIndex] == 0)
                continue;
            for (int i = 0; i < which.Length; i++)
                FoldPeakDerivative(parameters, response, weights[peak.GlobalIndex] * peak.Total, peak, which[i], output.Slice(i * BinCount, BinCount));
        }
        if (_aliasing is not null)
            for (int i = 0; i < which.Length; i++)
                _aliasing.Apply(output.Slice(i * BinCount, BinCount), _aliasScratch);
    }

    /// <summary>
    /// Per node: the edge arrays (<see cref="NodeEdgeDerivativeArrays"/>) are filled once, the coefficients once per
    /// parameter, and the row is accumulated once with the node's component-weighted weight.
    /// </summary>
    private void FoldNodesWeightedDerivatives(LightNodeSet set, FoldingParameters p, in EstimatorResponse r,
        ReadOnlySpan<FoldingParameter> which, ReadOnlySpan<double> weights, Span<double> output)
    {
        int nb = BinCount, nc = set.ComponentCount;
        double[] q = _edgeQ!, qu = _edgeQu!, qw = _edgeQw!;
        for (int k = set.FirstActiveNode; k <= set.LastActiveNode; k++)
        {
            double weight = 0;
            for (int c = 0; c < nc; c++)
                weight += weights[set.ComponentIndices[c]] * set.Weights[k * nc + c];
            if (weight == 0)
                continue;
            var (mu, s) = NodeKernel(set, k, p, r);
            if (OutsideBand(mu, s))
                continue;
            double a = _electronSkew ? CountingSkewness.KernelSkew(r, mu, s) : 0;
            var (jLo, jHi) = NodeEdgeDerivativeArrays(mu, s, a);
            for (int i = 0; i < which.Length; i++)
            {
                if (!MovesNodes(set, which[i]))
                    continue;
                var (c0, c1, c2) = NodeDerivativeCoefficients(set, k, p, r, mu, s, a, which[i]);
                var target = output.Slice(i * nb, nb);
                for (int j = jLo; j <= jHi; j++)
                    target[j] += weight * (c0 * (q[j + 1] - q[j]) + c1 * (qu[j + 1] - qu[j]) + c2 * (qw[j + 1] - qw[j]));
            }
        }
    }

    /// <summary>
    /// d mu / d theta and d sigma^2 / d theta of node k's kernel (visible energy e, mean mu): the mean moves with the light
    /// yield, the Cherenkov fraction and the positron shift; the variance follows the mean and its own parameters.
    /// </summary>
    private static (double DMean, double DVariance) NodeMeanAndVarianceDerivative(LightNodeSet set, int k, double e, double mu,
        in EstimatorResponse r, FoldingParameter which)
    {
        double dMu = which switch
        {
            FoldingParameter.LightYield => r.MeanDerivativeLightYield(e),
            FoldingParameter.CherenkovFraction => r.MeanSlope(e) * set.Cherenkov[k],
            FoldingParameter.PositronShift => r.MeanSlope(e),
            _ => 0.0,
        };
        double dVar = set.VarianceScale[k] * (r.VarianceSlope(mu) * dMu + VarianceParameterDerivative(r, mu, which));
        return (dMu, dVar);
    }

    /// <summary>d sigma^2 / d theta at fixed mean N for the variance-model parameters (zero for the others).</summary>
    private static double VarianceParameterDerivative(in EstimatorResponse r, double mu, FoldingParameter which) => which switch
    {
        FoldingParameter.VarianceFactor => EstimatorResponse.VarianceDerivativeVarianceFactor(mu),
        FoldingParameter.ConstantTerm => r.VarianceDerivativeConstantTerm(mu),
        FoldingParameter.DarkNoise => r.VarianceDerivativeDarkNoise(),
        _ => 0.0,
    };
}
