namespace SolarFlux.Spectra;

/// <summary>
/// A function of the lepton kinetic energy T on [0, Tmax], sampled once on a grid uniform in u = sqrt(T) and
/// linearly interpolated in u. Beta spectra are smooth in u (they vary like p ~ sqrt(T) near T = 0), so a few
/// thousand points reproduce them to ~1e-6; lookups cost one square root and no search or allocation.
/// Used to make the hot-loop densities of beta and neutrino spectra cheap.
/// </summary>
public sealed class SqrtGridDensity
{
    private readonly double[] _values;
    private readonly double _maxKineticEnergy;
    private readonly double _inverseStep;

    /// <param name="maxKineticEnergy">Tmax &gt; 0 [MeV].</param>
    /// <param name="points">Grid points (&gt;= 2).</param>
    /// <param name="function">f(T), evaluated at the grid points only.</param>
    public SqrtGridDensity(double maxKineticEnergy, int points, Func<double, double> function)
    {
        if (!(maxKineticEnergy > 0) || !double.IsFinite(maxKineticEnergy))
            throw new ArgumentOutOfRangeException(nameof(maxKineticEnergy), maxKineticEnergy, "must be finite and > 0");
        if (points < 2)
            throw new ArgumentOutOfRangeException(nameof(points), points, "need at least two grid points");
        _maxKineticEnergy = maxKineticEnergy;
        double uMax = Math.Sqrt(maxKineticEnergy);
        double step = uMax / (points - 1);
        _inverseStep = 1 / step;
        _values = new double[points + 1];   // one guard cell so the lookup never branches on the last interval
        for (int i = 0; i < points; i++)
        {
            double u = i == points - 1 ? uMax : i * step;
            _values[i] = function(u * u);
        }
        _values[points] = _values[points - 1];
    }

    public double MaxKineticEnergy => _maxKineticEnergy;

    /// <summary>Interpolated f(T); 0 outside [0, Tmax].</summary>
    public double Evaluate(double kineticEnergy)
    {
        if (!(kineticEnergy >= 0 && kineticEnergy <= _maxKineticEnergy))
            return 0;
        double x = Math.Sqrt(kineticEnergy) * _inverseStep;
        int i = (int)x;
        if (i >= _values.Length - 1)
            i = _values.Length - 2;
        double t = x - i;
        return _values[i] + t * (_values[i + 1] - _values[i]);
    }
}
