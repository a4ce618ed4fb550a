using MathNet.Numerics;
using SolarFlux.Common;
using SpectralFit.Profiles;
using SpectralFit.Systematics;

namespace SpectralFit.Tests.Systematics;

public class SystematicsCombinationTests
{
    private static readonly double[] Grid = ScanGrid.Linear(0, 12, 121);

    /// <summary>Half-Gaussian profile of width sigma with absolute deviance d0 at mu = 0.</summary>
    private static ConfigurationProfile Config(string name, double prior, double sigma, double d0) =>
        new(name, prior, ProfileScan.FromDeviances("mu", Grid, Grid.Select(m => d0 + m * m / (sigma * sigma)).ToArray()));

    [Test]
    public void Combine_SingleConfiguration_EqualsItsOwnLimit()
    {
        var c = new ConfigurationProfile("dt1", 1,
            ProfileScan.FromDeviances("mu", Grid, Grid.Select(m => 870 + Math.Pow((m - 0.8) / 1.3, 2)).ToArray()));
        var result = SystematicsCombination.Combine([c]);
        Assert.That(result.Weights, Is.EqualTo(new[] { 1.0 }));
        Assert.That(result.CombinedLimit.Limit, Is.EqualTo(UpperLimit.Bayesian(c.Profile).Limit).Within(1e-9));
    }

    [Test]
    public void Combine_Weights_ArePriorTimesLikelihoodAtZero()
    {
        // w1 / w2 = P1 exp(-D1(0)/2) / (P2 exp(-D2(0)/2)) = (1/3) e^{+1} for D2(0) - D1(0) = 2.
        var result = SystematicsCombination.Combine([Config("a", 1, 1, 900), Config("b", 3, 2, 902)]);
        Assert.That(result.Weights[0] / result.Weights[1], Is.EqualTo(Math.E / 3).Within(1e-12));
        Assert.That(result.Weights.Sum(), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void Combine_LargeDeviances_StayFinite()
    {
        var result = SystematicsCombination.Combine([Config("a", 1, 1, 5000), Config("b", 1, 2, 5001)]);
        Assert.That(result.Weights.All(double.IsFinite), Is.True);
        Assert.That(result.Weights[0] / result.Weights[1], Is.EqualTo(Math.Exp(0.5)).Within(1e-12));
    }

    [Test]
    public void Combine_TwoEqualQualityProfiles_LimitSolvesMixtureIntegral()
    {
        // P(mu) = (exp(-mu^2/2 s1^2) + exp(-mu^2/2 s2^2)) / 2 for D_c = D0 + mu^2/s_c^2: the limit x
        // solves s1 erf(x / s1 sqrt2) + s2 erf(x / s2 sqrt2) = 0.9 (s1 + s2).
        double sigma1 = 1, sigma2 = 2.5;
        var result = SystematicsCombination.Combine([Config("a", 1, sigma1, 900), Config("b", 1, sigma2, 900)]);
        double s1 = sigma1, s2 = sigma2;
        double expected = MathNet.Numerics.RootFinding.Brent.FindRoot(
            x => s1 * SpecialFunctions.Erf(x / (s1 * Math.Sqrt(2))) + s2 * SpecialFunctions.Erf(x / (s2 * Math.Sqrt(2))) - 0.9 * (s1 + s2), 0, 10, 1e-12);
        Assert.That(result.CombinedLimit.Limit, Is.EqualTo(expected).Within(1e-3));
        Assert.That(result.CombinedLimit.Limit, Is.InRange(result.ConfigurationLimits[0].Limit, result.ConfigurationLimits[1].Limit));
    }

    [Test]
    public void Combine_NormalizedAtMaximum_SumsOwnBestFitProfiles()
    {
        // Profiles with minima away from 0: AtZero sums P(c) L_c(mu); AtMaximum sums w_c exp(-Delta_c/2).
        ConfigurationProfile Shifted(string name, double centre, double dmin) => new(name, 1,
            ProfileScan.FromDeviances("mu", Grid, Grid.Select(m => dmin + Math.Pow(m - centre, 2)).ToArray()));
        var configs = new[] { Shifted("a", 1, 900), Shifted("b", 3, 899) };
        var atZero = SystematicsCombination.Combine(configs);
        var atMax = SystematicsCombination.Combine(configs, normalization: ProfileNormalization.AtMaximum);
        double[] w = [atZero.Weights[0], atZero.Weights[1]];
        for (int j = 0; j < Grid.Length; j += 10)
        {
            double mu = Grid[j];
            double pZero = (Math.Exp(-0.5 * (900 + Math.Pow(mu - 1, 2))) + Math.Exp(-0.5 * (899 + Math.Pow(mu - 3, 2))))
                / (Math.Exp(-0.5 * 901) + Math.Exp(-0.5 * 908));
            double pMax = w[0] * Math.Exp(-0.5 * Math.Pow(mu - 1, 2)) + w[1] * Math.Exp(-0.5 * Math.Pow(mu - 3, 2));
            Assert.That(atZero.CombinedProfile.Deviances[j], Is.EqualTo(-2 * Math.Log(pZero)).Within(1e-9), $"AtZero mu = {mu}");
            Assert.That(atMax.CombinedProfile.Deviances[j], Is.EqualTo(-2 * Math.Log(pMax)).Within(1e-9), $"AtMaximum mu = {mu}");
        }
        Assert.That(atMax.Weights, Is.EqualTo(atZero.Weights));
    }

    [Test]
    public void Combine_TwoParabolasWithDifferentMinimaAndDepths_LimitComputedByHand()
    {
        // D_a = 900 + (mu - 1)^2 (sigma 1), D_b = 899 + (mu - 3)^2 / 4 (sigma 2), equal priors. With each profile
        // normalized at mu = 0 and weighted by P(c) L_c(0), P(mu) is proportional to sum_c P(c) exp(-D_c(mu)/2)
        // = e^-450 g(mu; 1, 1) + e^-449.5 g(mu; 3, 2), g(mu; m, s) = exp(-(mu - m)^2 / 2 s^2): the absolute
        // likelihoods, each configuration counted once. integral_0^x g = s sqrt(pi/2) [erf((x - m)/(s sqrt2)) + erf(m/(s sqrt2))].
        ConfigurationProfile Parabola(string name, double dmin, double m, double s) => new(name, 1,
            ProfileScan.FromDeviances("mu", Grid, Grid.Select(mu => dmin + Math.Pow((mu - m) / s, 2)).ToArray()));
        var configs = new[] { Parabola("a", 900, 1, 1), Parabola("b", 899, 3, 2) };
        static double G(double x, double m, double s) =>
            s * Math.Sqrt(Math.PI / 2) * (SpecialFunctions.Erf((x - m) / (s * Math.Sqrt(2))) + SpecialFunctions.Erf(m / (s * Math.Sqrt(2))));
        static double Limit(double aa, double ab) => MathNet.Numerics.RootFinding.Brent.FindRoot(
            x => aa * G(x, 1, 1) + ab * G(x, 3, 2) - 0.9 * (aa * G(1e3, 1, 1) + ab * G(1e3, 3, 2)), 0, 12, 1e-12);

        // Amplitudes relative to e^-450: a 1, b e^{0.5}.
        double byHand = Limit(1, Math.Exp(0.5));
        var atZero = SystematicsCombination.Combine(configs);
        Assert.That(atZero.CombinedLimit.Limit, Is.EqualTo(byHand).Within(2e-3));
        // w_a / w_b = exp(-(D_a(0) - D_b(0))/2) = exp(-(901 - 901.25)/2).
        Assert.That(atZero.Weights[0] / atZero.Weights[1], Is.EqualTo(Math.Exp(0.125)).Within(1e-12));

        // AtMaximum: w_c exp(-(D_c - min D_c)/2), i.e. amplitudes w_a, w_b: an extra factor L_c(0) / max L_c per
        // configuration (e^-0.5 for a, e^-1.125 for b), which favours the configuration whose minimum is nearer 0.
        double byHandAtMaximum = Limit(Math.Exp(0.125), 1);
        var atMaximum = SystematicsCombination.Combine(configs, normalization: ProfileNormalization.AtMaximum);
        Assert.That(atMaximum.CombinedLimit.Limit, Is.EqualTo(byHandAtMaximum).Within(2e-3));
        Assert.That(byHandAtMaximum, Is.LessThan(byHand - 0.05), "the two conventions differ measurably here");
    }

    [Test]
    public void Combine_PoorConfiguration_GetsNegligibleWeight()
    {
        var result = SystematicsCombination.Combine([Config("good", 1, 1, 900), Config("poor", 1, 3, 960)]);
        Assert.That(result.Weights[1], Is.LessThan(1e-12));
        Assert.That(result.CombinedLimit.Limit, Is.EqualTo(result.ConfigurationLimits[0].Limit).Within(1e-6));
    }

    [Test]
    public void Combine_DifferentData_ComparesLikelihoodsOnlyOnTheSameData()
    {
        // Two estimators (e.g. dt1 with fewer bins than dt2): the absolute deviances differ by ~ the bin count,
        // which says nothing about which configuration is better. Within a data group w_c ∝ P(c) L_c(0); each
        // group keeps its prior: P(dt1) = 2/3 (two configurations of prior 1), P(dt2) = 1/3.
        ConfigurationProfile On(string data, string name, double sigma, double d0) => Config(name, 1, sigma, d0) with { Data = data };
        var configs = new[] { On("dt1", "dt1 / HZ", 1, 688), On("dt1", "dt1 / LZ", 1.5, 690), On("dt2", "dt2 / HZ", 2, 720) };
        var result = SystematicsCombination.Combine(configs);

        double e = Math.Exp(-1); // L(dt1 / LZ) / L(dt1 / HZ) at mu = 0
        Assert.That(result.Weights, Is.EqualTo(new[] { 2.0 / 3 / (1 + e), 2.0 / 3 * e / (1 + e), 1.0 / 3 }).Within(1e-12));
        // P(mu) = sum_c w_c L_c(mu) / L_c(0) with these weights; pooled weights would give dt2 e^-16 instead of 1/3.
        for (int j = 0; j < Grid.Length; j += 20)
        {
            double mu = Grid[j];
            double p = result.Weights[0] * Math.Exp(-0.5 * mu * mu) + result.Weights[1] * Math.Exp(-0.5 * mu * mu / 2.25)
                       + result.Weights[2] * Math.Exp(-0.5 * mu * mu / 4);
            Assert.That(result.CombinedProfile.Deviances[j], Is.EqualTo(-2 * Math.Log(p)).Within(1e-9), $"mu = {mu}");
        }
    }

    [Test]
    public void Combine_DifferentGrids_ThrowsNamingConfiguration()
    {
        var other = ScanGrid.Linear(0, 10, 121);
        var odd = new ConfigurationProfile("LZ", 1, ProfileScan.FromDeviances("mu", other, other.Select(m => m * m).ToArray()));
        var e = Assert.Throws<UserInputException>(() => SystematicsCombination.Combine([Config("HZ", 1, 1, 900), odd]));
        Assert.That(e!.Message, Does.Contain("'LZ'").And.Contain("grid"));
    }

    [Test]
    public void Combine_GridNotStartingAtZero_Throws()
    {
        var grid = ScanGrid.Linear(1, 10, 10);
        var c = new ConfigurationProfile("dt2", 1, ProfileScan.FromDeviances("mu", grid, grid.Select(m => m * m).ToArray()));
        var e = Assert.Throws<UserInputException>(() => SystematicsCombination.Combine([c]));
        Assert.That(e!.Message, Does.Contain("start at mu = 0"));
    }
}
