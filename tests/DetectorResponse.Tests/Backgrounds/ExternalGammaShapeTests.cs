using DetectorResponse.Backgrounds;
using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Tests.Folding;
using SolarFlux.Common;
using TestSupport;

namespace DetectorResponse.Tests.Backgrounds;

public class ExternalGammaShapeTests
{
    private static readonly GammaQuenching Gammas = new(FoldingTestModels.Electrons, 3.0);
    private static readonly GammaQuenching PhaseTwoGammas = new(ChargedLeptonLight.Electrons(BorexinoEnergyAxis.PhaseTwoKb), 3.0);

    /// <summary>
    /// Our parametrized shape, folded with the N_h response of the Phase-II scale (light yield 530 pe/MeV, kB 0.0112,
    /// <see cref="BorexinoEnergyAxis"/>) into Borexino's Phase-III bins placed in N_h by Borexino's nominal energy axis
    /// (keV edges -> N_h), compared with Borexino's MC shape (Ext_*_pdfkeV, Borexino open data, arXiv:2005.12829)
    /// over 250-2600 keV, both normalized to 1. Measured: L1 = sum |a - b| = 0.101 (K40), 0.093 (Bi214),
    /// 0.125 (Tl208). Reading the keV axis as electron kinetic energy instead (the shapes 5-6% too high in N_h at
    /// this scale) gives 0.327, 0.225, 0.262.
    /// </summary>
    [TestCase(ExternalGammaSource.K40, "borexino/phase3/Ext_K40_pdfkeV__13.txt", 0.12)]
    [TestCase(ExternalGammaSource.Bi214, "borexino/phase3/Ext_Bi214_pdfkeV__12.txt", 0.12)]
    [TestCase(ExternalGammaSource.Tl208, "borexino/phase3/Ext_Tl208_pdfkeV__14.txt", 0.14)]
    public void FoldedShape_AtPhaseTwoScale_AgreesWithBorexinoMonteCarloInHits(ExternalGammaSource source, string file, double maxL1)
    {
        var rows = ReadShape(SharedData.Path(file)).Where(r => 0.5 * (r.Lo + r.Hi) is >= 250 and <= 2600).ToArray();
        var p = new FoldingParameters
        {
            Response = new ResponseParameters { LightYield = BorexinoEnergyAxis.PhaseTwoLightYield, Kb = BorexinoEnergyAxis.PhaseTwoKb },
        };
        var nhEdges = rows.Select(r => r.Lo).Append(rows[^1].Hi).Select(kev => BorexinoEnergyAxis.Hits(kev / 1000)).ToArray();
        var shape = ExternalGammaShape.For(source).Histogram(PhaseTwoGammas, p.Response.CherenkovFraction, 1.0);
        var folder = new SpectrumFolder(PhaseTwoGammas.Electrons, ChargedLeptonLight.Positrons(BorexinoEnergyAxis.PhaseTwoKb),
            PhaseTwoGammas, EnergyEstimator.Nh, new ObservableBinning(nhEdges), [new ElectronSpectrumComponent(source.ToString(), shape)], p);
        var model = new double[folder.BinCount];
        folder.Fold(p, model);

        double modelSum = model.Sum(), mcSum = rows.Sum(r => r.Density * (r.Hi - r.Lo));
        double l1 = 0, chi2 = 0;
        int nonEmpty = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            double width = rows[i].Hi - rows[i].Lo;
            double a = model[i] / modelSum, b = rows[i].Density * width / mcSum;
            l1 += Math.Abs(a - b);
            if (rows[i].Density > 1e-100)
            {
                double e = rows[i].Error * width / mcSum;
                chi2 += (a - b) * (a - b) / (e * e);
                nonEmpty++;
            }
        }
        TestContext.Out.WriteLine($"{source}: L1 = {l1:F4}, chi2 = {chi2:F2} / {nonEmpty} bins");
        Assert.That(l1, Is.LessThan(maxL1));
        Assert.That(chi2, Is.LessThan(nonEmpty));
    }

    [Test]
    public void LinePositions_FollowTheGammaQuenching()
    {
        // 40K 1.4608 MeV fully absorbed looks like a ~1.39 MeV electron (Compton cascade quenching);
        // Borexino's Phase-III MC K40 shape peaks at 1.38-1.40 MeV.
        double t = ExternalGammaShape.For(ExternalGammaSource.K40).LinePositions(Gammas, 0.025)[0];
        Assert.That(t, Is.InRange(1.36, 1.42));
    }

    [Test]
    public void Histogram_IsNormalizedAndNonNegative()
    {
        var h = ExternalGammaShape.For(ExternalGammaSource.Tl208).Histogram(Gammas, 0.025, 3.3);
        Assert.That(h.Total, Is.EqualTo(3.3).Within(1e-9));
        Assert.That(h.Contents.ToArray(), Has.All.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void Constructor_BadCoefficient_ThrowsNamingIt()
    {
        var ex = Assert.Throws<UserInputException>(() => new ExternalGammaShape("my", [(1.46, 1.0)], 0.05, 1.5, 0.3, 0.0, 0.1));
        Assert.That(ex!.Message, Does.Contain("continuum fraction"));
    }

    private static IEnumerable<(double Lo, double Hi, double Density, double Error)> ReadShape(string path)
    {
        // Tiny local parser of "E_lo,E_hi,density,error" rows (PROVENANCE.md: Borexino Phase-III shapes).
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(',');
            if (f.Length != 4)
                continue;
            yield return (double.Parse(f[0]), double.Parse(f[1]), double.Parse(f[2]), double.Parse(f[3]));
        }
    }
}
