namespace SolarFlux.Recoil;

/// <summary>
/// Electron-recoil spectrum dR/dT of one solar-neutrino species in a Borexino-like target, on a grid of recoil
/// kinetic energies T [MeV], in cpd/100t/MeV (counts per day per 100 t per MeV), split into the Standard-Model
/// part and the magnetic-moment part evaluated at <see cref="ReferenceMoment"/>. For an effective moment mu the
/// total is SM + (mu / ReferenceMoment)^2 MM (the two do not interfere). Between grid points the densities are
/// interpolated linearly (no overshoot at the Compton-like edges of the lines). Immutable.
/// </summary>
public sealed class RecoilSpectrum
{
    /// <summary>Moment at which <see cref="MagneticMoment"/> is tabulated: 1e-11 mu_B.</summary>
    public const double ReferenceMoment = 1e-11;

    private readonly double[] _energies;
    private readonly double[] _standardModel;
    private readonly double[] _magneticMoment;

    /// <param name="species">The species.</param>
    /// <param name="recoilEnergies">Strictly increasing, positive grid [MeV] (at least 2 points).</param>
    /// <param name="standardModel">SM density at each grid point [cpd/100t/MeV].</param>
    /// <param name="magneticMoment">Moment density at <see cref="ReferenceMoment"/> [cpd/100t/MeV].</param>
    public RecoilSpectrum(NeutrinoSpecies species, ReadOnlySpan<double> recoilEnergies,
                          ReadOnlySpan<double> standardModel, ReadOnlySpan<double> magneticMoment)
    {
        ValidateGrid(recoilEnergies);
        if (standardModel.Length != recoilEnergies.Length || magneticMoment.Length != recoilEnergies.Length)
            throw new ArgumentException("densities must have one value per grid point");
        for (int i = 0; i < standardModel.Length; i++)
        {
            if (!double.IsFinite(standardModel[i]) || !double.IsFinite(magneticMoment[i]))
                throw new ArgumentException($"non-finite density at T = {recoilEnergies[i]} MeV");
        }
        Species = species;
        _energies = recoilEnergies.ToArray();
        _standardModel = standardModel.ToArray();
        _magneticMoment = magneticMoment.ToArray();
    }

    private RecoilSpectrum(NeutrinoSpecies species, double[] energies, double[] standardModel, double[] magneticMoment)
    {
        Species = species;
        _energies = energies;
        _standardModel = standardModel;
        _magneticMoment = magneticMoment;
    }

    /// <summary>Wraps arrays the caller hands over (grid already validated; no copy).</summary>
    internal static RecoilSpectrum Own(NeutrinoSpecies species, double[] energies, double[] standardModel, double[] magneticMoment) =>
        new(species, energies, standardModel, magneticMoment);

    public NeutrinoSpecies Species { get; }

    /// <summary>Recoil kinetic-energy grid [MeV].</summary>
    public ReadOnlySpan<double> RecoilEnergies => _energies;

    /// <summary>Standard-Model dR/dT at the grid points [cpd/100t/MeV].</summary>
    public ReadOnlySpan<double> StandardModel => _standardModel;

    /// <summary>Magnetic-moment dR/dT at the grid points for mu = <see cref="ReferenceMoment"/> [cpd/100t/MeV].</summary>
    public ReadOnlySpan<double> MagneticMoment => _magneticMoment;

    public double MinRecoilEnergy => _energies[0];

    public double MaxRecoilEnergy => _energies[^1];

    /// <summary>Factor (mu / ReferenceMoment)^2 that scales <see cref="MagneticMoment"/> to moment mu [mu_B].</summary>
    public static double MomentScale(double momentInBohrMagnetons) =>
        momentInBohrMagnetons * momentInBohrMagnetons / (ReferenceMoment * ReferenceMoment);

    /// <summary>SM density at T (linear interpolation; T must lie on the grid's range).</summary>
    public double StandardModelAt(double recoilEnergy) => Interpolate(_standardModel, recoilEnergy);

    /// <summary>Moment density at T for mu = ReferenceMoment.</summary>
    public double MagneticMomentAt(double recoilEnergy) => Interpolate(_magneticMoment, recoilEnergy);

    /// <summary>Total density SM + (mu/mu_ref)^2 MM at T for moment mu [mu_B].</summary>
    public double DensityAt(double recoilEnergy, double momentInBohrMagnetons) =>
        StandardModelAt(recoilEnergy) + MomentScale(momentInBohrMagnetons) * MagneticMomentAt(recoilEnergy);

    /// <summary>Integral of the SM density over [lo, hi] [cpd/100t] (exact for the linear interpolant).</summary>
    public double IntegrateStandardModel(double lo, double hi) => Integrate(_standardModel, lo, hi);

    /// <summary>Integral of the moment density (mu = ReferenceMoment) over [lo, hi] [cpd/100t].</summary>
    public double IntegrateMagneticMoment(double lo, double hi) => Integrate(_magneticMoment, lo, hi);

    private double Interpolate(double[] values, double t)
    {
        RequireInRange(t);
        int i = Segment(t);
        double f = (t - _energies[i]) / (_energies[i + 1] - _energies[i]);
        return values[i] + f * (values[i + 1] - values[i]);
    }

    private double Integrate(double[] values, double lo, double hi)
    {
        if (hi < lo)
            throw new ArgumentException($"integration range [{lo}, {hi}] is reversed");
        RequireInRange(lo);
        RequireInRange(hi);
        double sum = 0.0;
        int i = Segment(lo);
        double a = lo;
        while (a < hi)
        {
            double b = Math.Min(hi, _energies[i + 1]);
            sum += 0.5 * (b - a) * (Interpolate(values, a, i) + Interpolate(values, b, i));
            a = b;
            i++;
            if (i >= _energies.Length - 1)
                break;
        }
        return sum;
    }

    private double Interpolate(double[] values, double t, int i)
    {
        double f = (t - _energies[i]) / (_energies[i + 1] - _energies[i]);
        return values[i] + f * (values[i + 1] - values[i]);
    }

    private int Segment(double t)
    {
        int i = Array.BinarySearch(_energies, t);
        if (i < 0)
            i = ~i - 1;
        return Math.Clamp(i, 0, _energies.Length - 2);
    }

    private void RequireInRange(double t)
    {
        if (!(t >= _energies[0] && t <= _energies[^1]))
            throw new ArgumentOutOfRangeException(nameof(t), t,
                $"recoil energy outside the spectrum's grid [{_energies[0]}, {_energies[^1]}] MeV");
    }

    internal static void ValidateGrid(ReadOnlySpan<double> grid)
    {
        if (grid.Length < 2)
            throw new ArgumentException("recoil grid needs at least 2 points");
        for (int i = 0; i < grid.Length; i++)
        {
            if (!(grid[i] > 0) || !double.IsFinite(grid[i]))
                throw new ArgumentException($"recoil grid point {i} = {grid[i]}: expected a finite energy > 0 MeV");
            if (i > 0 && !(grid[i] > grid[i - 1]))
                throw new ArgumentException($"recoil grid must increase strictly (point {i})");
        }
    }
}
