using DetectorResponse.Estimators;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;

namespace DetectorResponse.Folding;

/// <summary>
/// Nodes T_k in true kinetic energy with their precomputed light (scintillation S_k, Cherenkov C_k, for
/// a fixed kB), and the weights of the components living on them. A component histogram (flat density
/// within each input bin) is projected exactly onto the piecewise-linear "hat" functions of the nodes:
/// this keeps its total and its mean energy, and the Gaussian kernel evaluated at the nodes then
/// integrates each fine input bin (sub-bin quadrature) with an error of order (node spacing / sigma)^2.
/// That error is a variance: an event between nodes k and k+1 at fraction x of the spacing h (in the observable) is
/// represented by weights 1 - x and x on the two nodes, which adds x (1 - x) h^2, on average h^2 / 6. Negligible in the
/// core of a kernel, it is not in a far tail (P(u > 3.5) grows by ~u^2 x that relative variance: +4% at h = sigma/5,
/// where the 14C end point meets the N_h 93 threshold). <see cref="VarianceScale"/> takes it out of each node's kernel.
/// </summary>
internal sealed class LightNodeSet
{
    /// <summary>Node spacing in units of the local resolution sigma (reference parameters).</summary>
    public const double SpacingInSigma = 0.2;

    public LightNodeSet(double[] nodes, double[] scintillation, double[] cherenkov, bool shiftable,
        IReadOnlyList<(int GlobalIndex, EnergyHistogram Spectrum)> components, double[]? varianceScale = null)
    {
        Nodes = nodes;
        VarianceScale = varianceScale ?? [.. nodes.Select(_ => 1.0)];
        Scintillation = scintillation;
        Cherenkov = cherenkov;
        Shiftable = shiftable;
        int n = nodes.Length, nc = components.Count;
        ComponentIndices = new int[nc];
        Weights = new double[n * nc];
        FirstNode = new int[nc];
        LastNode = new int[nc];
        BeyondGrid = new double[nc];
        for (int c = 0; c < nc; c++)
        {
            ComponentIndices[c] = components[c].GlobalIndex;
            BeyondGrid[c] = Project(components[c].Spectrum, c, nc);
            FirstNode[c] = n;
            LastNode[c] = -1;
            for (int k = 0; k < n; k++)
            {
                if (Weights[k * nc + c] == 0)
                    continue;
                FirstNode[c] = Math.Min(FirstNode[c], k);
                LastNode[c] = k;
            }
        }
        FirstActiveNode = nc == 0 ? 0 : FirstNode.Min();
        LastActiveNode = nc == 0 ? -1 : LastNode.Max();
    }

    public double[] Nodes { get; }

    /// <summary>First and last node carrying any component weight.</summary>
    public int FirstActiveNode { get; }
    public int LastActiveNode { get; }
    public double[] Scintillation { get; }

    /// <summary>
    /// Factor on the kernel variance of each node, 1 - (h_left^2 + h_right^2) / (12 sigma^2) at the reference response
    /// (h: spacing to the neighbouring nodes in the observable): removes the variance the hat projection adds.
    /// </summary>
    public double[] VarianceScale { get; }
    public double[] Cherenkov { get; }
    public bool Shiftable { get; }
    public int[] ComponentIndices { get; }

    /// <summary>Weights[k * ComponentCount + c].</summary>
    public double[] Weights { get; }
    public int[] FirstNode { get; }
    public int[] LastNode { get; }

    /// <summary>Content above the last node (dropped: it lies far above the window).</summary>
    public double[] BeyondGrid { get; }

    public int ComponentCount => ComponentIndices.Length;

    private double Project(EnergyHistogram h, int c, int nc)
    {
        double beyond = 0, top = Nodes[^1];
        int k = 0;
        for (int i = 0; i < h.Count; i++)
        {
            double t0 = h.Low(i), t1 = h.High(i), content = h.Contents[i];
            if (content == 0)
                continue;
            if (t0 >= top)
            {
                beyond += content;
                continue;
            }
            double density = content / (t1 - t0);
            if (t1 > top)
            {
                beyond += density * (t1 - top);
                t1 = top;
            }
            while (k > 0 && Nodes[k] > t0)
                k--;
            while (Nodes[k + 1] <= t0)
                k++;
            for (int j = k; j < Nodes.Length - 1 && Nodes[j] < t1; j++)
            {
                double a = Math.Max(t0, Nodes[j]), b = Math.Min(t1, Nodes[j + 1]), hgt = Nodes[j + 1] - Nodes[j];
                if (b <= a)
                    continue;
                double right = Nodes[j + 1], left = Nodes[j];
                Weights[j * nc + c] += density * ((right - a) * (right - a) - (right - b) * (right - b)) / (2 * hgt);
                Weights[(j + 1) * nc + c] += density * ((b - left) * (b - left) - (a - left) * (a - left)) / (2 * hgt);
            }
        }
        return beyond;
    }

    /// <summary>Nodes in T from 0 up to 1.5x the window top plus 10 sigma, spaced ~sigma/5 in the observable.</summary>
    public static LightNodeSet Build(ChargedLeptonLight light, double extraScint, double extraCherenkov, bool shiftable,
        IReadOnlyList<(int, EnergyHistogram)> components, in EstimatorResponse r, double fCh, double windowTop)
    {
        var nodes = new List<double>();
        double top = 1.5 * windowTop;
        double t = 0;
        const double tMax = 15.0;
        while (true)
        {
            nodes.Add(t);
            double mu = r.Mean(light.VisibleEnergy(t, fCh) + extraScint + fCh * extraCherenkov);
            double s = Math.Sqrt(r.Variance(mu));
            if (t >= tMax || mu > top + 10 * s)
                break;
            double dt = 1e-4;
            double slope = (r.Mean(light.VisibleEnergy(Math.Min(t + dt, tMax), fCh) + extraScint + fCh * extraCherenkov) - mu) / dt;
            double step = Math.Clamp(SpacingInSigma * s / Math.Max(slope, 1e-9), 2e-4, 0.05);
            t = Math.Min(t + step, tMax);
        }
        double[] tn = [.. nodes];
        var sc = new double[tn.Length];
        var ch = new double[tn.Length];
        var mean = new double[tn.Length];
        for (int k = 0; k < tn.Length; k++)
        {
            sc[k] = light.Scintillation(tn[k]) + extraScint;
            ch[k] = light.CherenkovLight(tn[k]) + extraCherenkov;
            mean[k] = r.Mean(sc[k] + fCh * ch[k]);
        }
        var scale = new double[tn.Length];
        for (int k = 0; k < tn.Length; k++)
        {
            double left = k > 0 ? mean[k] - mean[k - 1] : mean[k + 1] - mean[k];
            double right = k < tn.Length - 1 ? mean[k + 1] - mean[k] : left;
            double extra = (left * left + right * right) / 12;
            scale[k] = 1 - Math.Min(extra / r.Variance(mean[k]), 0.5);
        }
        return new LightNodeSet(tn, sc, ch, shiftable, components, scale);
    }
}
