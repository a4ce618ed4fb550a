using System.Globalization;
using SolarFlux.Spectra;
using TestSupport;

namespace SolarFlux.Tests.TestDoubles;

/// <summary>Spectra for tests that do not depend on the project's own spectrum models.</summary>
public static class TestSpectra
{
    /// <summary>s(E) = 30 E^2 (E0 - E)^2 / E0^5 on [0, E0]: an allowed-like shape, normalized analytically.</summary>
    public static NeutrinoSpectrum Analytic(double endpoint) => new AnalyticSpectrum(endpoint);

    /// <summary>Pure lines.</summary>
    public static NeutrinoSpectrum Lines(params SpectralLine[] lines) => new LineSpectrum(lines);

    /// <summary>7Be: 0.8613 MeV (89.56%) and 0.3843 MeV (10.44%), physics.md §2.</summary>
    public static NeutrinoSpectrum Be7 => Lines(new SpectralLine(0.8613, 0.8956), new SpectralLine(0.3843, 0.1044));

    /// <summary>pep: 1.442 MeV line.</summary>
    public static NeutrinoSpectrum Pep => Lines(new SpectralLine(1.442, 1.0));

    /// <summary>A continuum read from a ../shared/data table (columns E, density), linear interpolation, renormalized.</summary>
    public static NeutrinoSpectrum Table(string relativePath) => new TabulatedSpectrum(SharedData.Path(relativePath));

    /// <summary>The shared-data spectrum of a species (the reference tables, PROVENANCE.md).</summary>
    public static NeutrinoSpectrum For(NeutrinoSpecies species) => species switch
    {
        NeutrinoSpecies.Pp => Table("solar/pp_shape.csv"),
        NeutrinoSpecies.Hep => Table("solar/hep_shape.csv"),
        NeutrinoSpecies.N13 => Table("solar/n13_shape.csv"),
        NeutrinoSpecies.O15 => Table("solar/o15_shape.csv"),
        NeutrinoSpecies.F17 => Table("solar/f17_shape.csv"),
        NeutrinoSpecies.B8 => Table("solar/8B_shape_Winter_et_al.csv"),
        NeutrinoSpecies.Be7 => Be7,
        NeutrinoSpecies.Pep => Pep,
        _ => throw new ArgumentOutOfRangeException(nameof(species)),
    };

    private sealed class AnalyticSpectrum(double endpoint) : NeutrinoSpectrum
    {
        public override double MinEnergy => 0.0;
        public override double MaxEnergy => endpoint;
        public override double MeanEnergy => endpoint / 2.0;

        public override double ContinuumDensity(double e) =>
            e <= 0 || e >= endpoint ? 0.0 : 30.0 * e * e * (endpoint - e) * (endpoint - e) / Math.Pow(endpoint, 5);
    }

    private sealed class LineSpectrum(SpectralLine[] lines) : NeutrinoSpectrum
    {
        public override double MinEnergy => lines.Min(l => l.Energy);
        public override double MaxEnergy => lines.Max(l => l.Energy);
        public override double MeanEnergy => lines.Sum(l => l.Energy * l.Fraction);
        public override double ContinuumDensity(double e) => 0.0;
        public override IReadOnlyList<SpectralLine> Lines => lines;
    }

    private sealed class TabulatedSpectrum : NeutrinoSpectrum
    {
        private readonly double[] _e;
        private readonly double[] _s;

        public TabulatedSpectrum(string path)
        {
            var rows = File.ReadLines(path)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && (char.IsDigit(l[0]) || l[0] == '.'))
                .Select(l => l.Split(',', StringSplitOptions.TrimEntries))
                .Select(c => (E: double.Parse(c[0], CultureInfo.InvariantCulture), S: double.Parse(c[1], CultureInfo.InvariantCulture)))
                .ToList();
            if (rows[0].E > 0)
                rows.Insert(0, (0.0, 0.0));
            _e = rows.Select(r => r.E).ToArray();
            _s = rows.Select(r => r.S).ToArray();
            double norm = 0;
            for (int i = 1; i < _e.Length; i++)
                norm += 0.5 * (_e[i] - _e[i - 1]) * (_s[i] + _s[i - 1]);
            for (int i = 0; i < _s.Length; i++)
                _s[i] /= norm;
            int last = Array.FindLastIndex(_s, v => v > 0);
            MaxEnergy = _e[Math.Min(last + 1, _e.Length - 1)];
            double mean = 0;
            for (int i = 1; i < _e.Length; i++)
                mean += 0.5 * (_e[i] - _e[i - 1]) * (_s[i] * _e[i] + _s[i - 1] * _e[i - 1]);
            MeanEnergy = mean;
        }

        public override double MinEnergy => 0.0;
        public override double MaxEnergy { get; }
        public override double MeanEnergy { get; }

        public override double ContinuumDensity(double e)
        {
            if (e <= _e[0] || e >= _e[^1])
                return 0.0;
            int i = Array.BinarySearch(_e, e);
            if (i >= 0)
                return _s[i];
            i = ~i - 1;
            double f = (e - _e[i]) / (_e[i + 1] - _e[i]);
            return _s[i] + f * (_s[i + 1] - _s[i]);
        }
    }
}
