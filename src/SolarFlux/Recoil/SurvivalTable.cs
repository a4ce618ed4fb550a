using SolarFlux.Oscillations;

namespace SolarFlux.Recoil;

/// <summary>
/// P_ee(E) of one species sampled once on a uniform grid and read back by cubic Hermite interpolation
/// (slopes by central differences; error ~ h^3 P''' ~ 1e-8 for 513 nodes over a solar spectrum), so hot
/// integration loops do not call the (possibly expensive, zone-averaged) survival model.
/// </summary>
internal sealed class SurvivalTable
{
    private const int Nodes = 513;
    private readonly double _min;
    private readonly double _step;
    private readonly double[] _values;
    private readonly double[] _slopes;

    public SurvivalTable(ISurvivalProbability survival, NeutrinoSpecies species, double minEnergy, double maxEnergy)
    {
        _min = Math.Max(minEnergy, 1e-6);
        double max = Math.Max(maxEnergy, _min * 1.0001);
        _step = (max - _min) / (Nodes - 1);
        _values = new double[Nodes];
        for (int i = 0; i < Nodes; i++)
            _values[i] = survival.Pee(species, _min + i * _step);
        _slopes = new double[Nodes];
        for (int i = 0; i < Nodes; i++)
        {
            int lo = Math.Max(0, i - 1), hi = Math.Min(Nodes - 1, i + 1);
            _slopes[i] = (_values[hi] - _values[lo]) / ((hi - lo) * _step);
        }
    }

    public double Pee(double energy)
    {
        double x = (energy - _min) / _step;
        if (x <= 0)
            return _values[0];
        if (x >= Nodes - 1)
            return _values[Nodes - 1];
        int i = (int)x;
        double s = x - i;
        double s2 = s * s, s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * _values[i] + (s3 - 2 * s2 + s) * _step * _slopes[i]
               + (-2 * s3 + 3 * s2) * _values[i + 1] + (s3 - s2) * _step * _slopes[i + 1];
    }
}
