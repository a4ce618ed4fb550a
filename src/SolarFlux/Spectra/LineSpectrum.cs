namespace SolarFlux.Spectra;

/// <summary>
/// A source of monochromatic neutrino lines only (7Be, pep): no continuum. Lines are deltas; their
/// fractions must add up to 1.
/// </summary>
public sealed class LineSpectrum : NeutrinoSpectrum
{
    private readonly SpectralLine[] _lines;

    public LineSpectrum(IReadOnlyList<SpectralLine> lines)
    {
        if (lines.Count == 0)
            throw new ArgumentException("a line spectrum needs at least one line", nameof(lines));
        double total = 0, mean = 0;
        foreach (var line in lines)
        {
            if (!(line.Energy > 0) || !double.IsFinite(line.Energy) || !(line.Fraction > 0) || !double.IsFinite(line.Fraction))
                throw new ArgumentException($"line {line}: energy and fraction must be finite and > 0", nameof(lines));
            total += line.Fraction;
            mean += line.Fraction * line.Energy;
        }
        if (Math.Abs(total - 1) > 1e-9)
            throw new ArgumentException($"line fractions must add up to 1, got {total}", nameof(lines));
        _lines = [.. lines];
        MeanEnergy = mean;
        MinEnergy = _lines.Min(l => l.Energy);
        MaxEnergy = _lines.Max(l => l.Energy);
    }

    public override double MinEnergy { get; }

    public override double MaxEnergy { get; }

    public override double MeanEnergy { get; }

    public override IReadOnlyList<SpectralLine> Lines => _lines;

    public override double ContinuumDensity(double energy) => 0;
}
