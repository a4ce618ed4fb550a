using System.Globalization;
using SolarFlux.Solar;
using TestSupport;

namespace SolarFlux.Tests.Solar;

public class SsmFluxesTests
{
    // fluxes_b16.dat units (B16, Vinyoles et al. 2017): pp 1e10, pep 1e8, hep 1e3, 7Be 1e9, 8B 1e6, 13N 1e8, 15O 1e8, 17F 1e6.
    private static readonly double[] FileUnits = [1e10, 1e8, 1e3, 1e9, 1e6, 1e8, 1e8, 1e6];

    private static List<double[]> ReadFluxFile()
    {
        var rows = new List<double[]>();
        foreach (string line in File.ReadLines(SharedData.Path("solar/fluxes_b16.dat")))
        {
            string t = line.Trim();
            if (t.Length == 0 || t.StartsWith('#'))
                continue;
            rows.Add(t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray());
        }
        return rows;
    }

    [TestCase(SolarModelName.Gs98, 0)]
    [TestCase(SolarModelName.Agss09, 2)]
    public void B16_AgreesWithReferenceFile(SolarModelName model, int column)
    {
        var rows = ReadFluxFile();
        Assert.That(rows, Has.Count.EqualTo(8));
        var fluxes = SsmFluxes.B16(model);
        Assert.Multiple(() =>
        {
            foreach (var species in SpeciesNames.All)
            {
                var row = rows[(int)species];
                // 0.2%: the file lists 17F(GS98) as 5.28 where the paper's table (physics.md) gives 5.29.
                Assert.That(fluxes.Flux(species), Is.EqualTo(row[column] * FileUnits[(int)species]).Within(0.2).Percent,
                    $"{species} flux");
                Assert.That(fluxes.FractionalUncertainty(species), Is.EqualTo(row[column + 1]).Within(1e-12),
                    $"{species} uncertainty");
            }
        });
    }

    [Test]
    public void B16_PhysicsBriefValues()
    {
        // physics.md §2 (Vinyoles et al. 2017): 7Be 4.93e9 (HZ) / 4.50e9 (LZ); 8B 5.46e6 / 4.50e6.
        Assert.That(SsmFluxes.B16(SolarModelName.Gs98).Flux(NeutrinoSpecies.Be7), Is.EqualTo(4.93e9));
        Assert.That(SsmFluxes.B16(SolarModelName.Agss09).Flux(NeutrinoSpecies.Be7), Is.EqualTo(4.50e9));
        Assert.That(SsmFluxes.B16(SolarModelName.Gs98).Flux(NeutrinoSpecies.F17), Is.EqualTo(5.29e6));
        Assert.That(SsmFluxes.B16(SolarModelName.Agss09).FractionalUncertainty(NeutrinoSpecies.N13), Is.EqualTo(0.14));
    }
}
