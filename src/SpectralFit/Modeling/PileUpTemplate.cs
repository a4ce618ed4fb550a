using DetectorResponse.PileUp;
using DetectorResponse.Quenching;
using DetectorResponse.Simulation;
using DetectorResponse.Spectra;

namespace SpectralFit.Modeling;

/// <summary>
/// The pile-up spectrum (physics.md §6) as a shape for the folder: two events in one cluster read as one whose
/// visible energy is the sum. The single-event spectrum (all components at their starting rates) is built in
/// visible energy on a uniform 2 keV grid and combined with the 14C (random-trigger) visible spectrum, either by
/// the analytic convolution (<see cref="PileUpConvolution"/>) or by overlaying seeded Monte Carlo events
/// (<see cref="SyntheticPileUp"/>). The result is expressed in electron-equivalent kinetic energy (the T of one
/// electron giving the same light), normalized to 1, so it is then folded with the response like a beta spectrum.
/// </summary>
public static class PileUpTemplate
{
    /// <summary>Visible-energy grid width [MeV].</summary>
    public const double GridWidth = 0.002;

    /// <summary>Visible-energy range of the template [MeV].</summary>
    public const double TopVisibleEnergy = 4.0;

    /// <summary>Overlaid events of the synthetic template (seeded: <see cref="SyntheticSeed"/>).</summary>
    public const int SyntheticEvents = 400_000;

    public const ulong SyntheticSeed = 20170911;

    /// <summary>A single-event source: true spectrum, its rate and the map true energy -&gt; visible energy [MeV].</summary>
    public sealed record Single(string Name, EnergyHistogram TrueSpectrum, double Rate, Func<double, double> Visible);

    public static EnergyHistogram Convolution(IReadOnlyList<Single> singles, Single randomTrigger, ChargedLeptonLight electrons, double cherenkovFraction)
    {
        int n = (int)(TopVisibleEnergy / GridWidth);
        var sum = new double[n];
        foreach (var s in singles)
            AddVisible(s, sum, s.Rate);
        var trigger = new double[n];
        AddVisible(randomTrigger, trigger, 1.0);
        var output = new double[2 * n];
        // Normalized over pile-ups whose first event fires the trigger alone, as Borexino's quoted rate (PileUpConvolution).
        PileUpConvolution.Convolve(sum, trigger, 1.0, output, (int)Math.Round(PileUpConvolution.BorexinoTriggerThreshold / GridWidth));
        return ToElectronEquivalent(output.AsSpan(0, n), electrons, cherenkovFraction, "pile-up (convolution with 14C)");
    }

    public static EnergyHistogram Synthetic(IReadOnlyList<Single> singles, Single randomTrigger, ChargedLeptonLight electrons, double cherenkovFraction)
    {
        int n = (int)(TopVisibleEnergy / GridWidth);
        var edges = new double[n + 1];
        for (int i = 0; i <= n; i++)
            edges[i] = i * GridWidth;
        var components = singles.Where(s => s.Rate > 0)
            .Select(s => new SimulationComponent(s.Name, s.Rate, new EventSpectrum(s.TrueSpectrum, s.Visible, 0, s.Name))).ToArray();
        var trigger = new EventSpectrum(randomTrigger.TrueSpectrum, randomTrigger.Visible, 0, randomTrigger.Name);
        var visible = SyntheticPileUp.VisibleSpectrum(components, trigger, 1.0, edges, SyntheticEvents, SyntheticSeed,
            PileUpConvolution.BorexinoTriggerThreshold);
        return ToElectronEquivalent(visible.Contents, electrons, cherenkovFraction, "pile-up (synthetic overlay)");
    }

    /// <summary>Spreads each true-energy bin uniformly over its visible-energy interval on the 2 keV grid.</summary>
    private static void AddVisible(Single s, double[] grid, double rate)
    {
        var h = s.TrueSpectrum;
        double total = h.Total;
        if (total <= 0 || rate <= 0)
            return;
        for (int i = 0; i < h.Count; i++)
        {
            double c = h.Contents[i] * rate / total;
            if (c == 0)
                continue;
            double a = s.Visible(h.Low(i)) / GridWidth, b = s.Visible(h.High(i)) / GridWidth;
            if (b - a < 1e-12)
            {
                int k = (int)a;
                if (k >= 0 && k < grid.Length)
                    grid[k] += c;
                continue;
            }
            for (int k = Math.Max((int)a, 0); k < Math.Min((int)Math.Ceiling(b), grid.Length); k++)
            {
                double overlap = Math.Min(b, k + 1) - Math.Max(a, k);
                if (overlap > 0)
                    grid[k] += c * overlap / (b - a);
            }
        }
    }

    private static EnergyHistogram ToElectronEquivalent(ReadOnlySpan<double> visible, ChargedLeptonLight electrons, double fCh, string source)
    {
        double total = 0;
        foreach (double v in visible)
            total += v;
        var edges = new double[visible.Length + 1];
        var contents = new double[visible.Length];
        for (int k = 0; k <= visible.Length; k++)
            edges[k] = k == 0 ? 0 : electrons.KineticEnergyFor(k * GridWidth, fCh);
        for (int k = 0; k < visible.Length; k++)
            contents[k] = total > 0 ? visible[k] / total : 0;
        return new EnergyHistogram(edges, contents, source);
    }
}
