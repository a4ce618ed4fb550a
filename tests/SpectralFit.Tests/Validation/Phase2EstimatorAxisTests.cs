using System.Text.Json.Nodes;
using DetectorResponse.Data;
using DetectorResponse.Estimators;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using SpectralFit.Profiles;
using SpectralFit.Systematics;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// The estimator axis of configs/borexino-phase2-mm.json (physics.md §7: N_pmts in dt1 / dt2) on the embedded
/// simulated sample: each configuration reads its own estimator's file in the window the simulation binned
/// (configs/simulate-phase2.json), and a single-estimator file drops the axis instead of failing.
/// </summary>
public class Phase2EstimatorAxisTests
{
    private const string ConfigPath = "configs/borexino-phase2-mm.json";

    private static FitConfiguration Reference(params string[] overrides) =>
        FitConfigurationLoader.Load(SharedData.Repo(ConfigPath), overrides);

    [Test]
    public void Configurations_ReferenceConfig_ReadThePerEstimatorSampleFilesInTheSimulatedWindows()
    {
        var simulated = JsonNode.Parse(File.ReadAllText(SharedData.Repo("configs/simulate-phase2.json")))!["estimators"]!;
        var variants = SystematicsExpansion.Expand(SystematicsService.Available(Reference()).Configuration);
        Assert.That(variants, Has.Count.EqualTo(8));

        foreach (var v in variants)
        {
            var c = v.Configuration;
            string estimator = EnergyEstimatorNames.Name(c.Estimator);
            Assert.That(estimator, Is.EqualTo(v.Label.StartsWith("dt1", StringComparison.Ordinal) ? "npmts_dt1" : "npmts_dt2"), v.Label);
            Assert.That(Path.GetFullPath(c.Dataset.Path), Is.EqualTo(Path.GetFullPath(SharedData.Repo($"samples/phase2-like.{estimator}.dat"))), v.Label);
            // The window is the simulated binning: integer estimator values first..last, bins [n - 0.5, n + 0.5).
            double first = (double)simulated[estimator]!["first"]!, last = (double)simulated[estimator]!["last"]!;
            Assert.That(c.Dataset.Window, Is.EqualTo(new ObservableWindow(first - 0.5, last + 0.5)), v.Label);

            var data = DatasetLoader.Load(c).Data;
            Assert.That(data.Estimator, Is.EqualTo(estimator), v.Label);
            Assert.That(data.Count, Is.EqualTo((int)(last - first) + 1), v.Label);
        }
    }

    [Test]
    public void Configurations_ReferenceConfig_GroupTheLikelihoodWeightsByEstimator()
    {
        var configurations = SystematicsService.Configurations(Reference());
        var groups = configurations.GroupBy(c => c.Data).ToList();
        // Two data (dt1, dt2), each with pile-up model x metallicity; likelihoods compared only within a group.
        Assert.That(groups, Has.Count.EqualTo(2));
        Assert.That(groups.Select(g => g.Select(c => c.Name.Split(" / ")[0]).Distinct().Single()), Is.EqualTo(new[] { "dt1", "dt2" }));
        Assert.That(groups.Select(g => g.Count()), Is.All.EqualTo(4));
        Assert.That(groups[0].Key, Does.Contain("npmts_dt1").And.Contain("[105.5, 821.5]"));
    }

    [Test]
    public void Available_SingleEstimatorFile_DropsTheEstimatorAxisWithANote()
    {
        // reproduce/systematics --data FILE: dataset:path is one file, here the N_h sample only.
        string nh = SharedData.Repo("samples/phase2-like.nh.dat");
        var available = SystematicsService.Available(Reference("dataset:path=" + nh));

        Assert.That(available.Configuration.Systematics.Select(a => a.Key), Is.EqualTo(new[] { "pileup:model", "solar:ssm" }));
        Assert.That(available.Notes, Has.Count.EqualTo(1));
        Assert.That(available.Notes[0], Does.Contain("phase2-like.nh.dat").And.Contain("dt1, dt2").And.Contain("not varied"));
        var configurations = SystematicsService.Configurations(Reference("dataset:path=" + nh));
        Assert.That(configurations.Select(c => c.Name), Is.EqualTo(new[] { "convolution / HZ", "convolution / LZ", "synthetic / HZ", "synthetic / LZ" }));
        Assert.That(configurations.Select(c => c.Data).Distinct().Single(), Does.Contain("phase2-like.nh.dat (nh [92.5, 950.5]"));
    }

    [Test]
    public void Available_FileWithSomeEstimatorSections_KeepsTheChoicesItHolds()
    {
        string dir = Directory.CreateTempSubdirectory("estimator-axis").FullName;
        try
        {
            string two = Path.Combine(dir, "nh-and-dt1.dat");
            var nh = BinnedDatasetFile.Read(SharedData.Repo("samples/phase2-like.nh.dat"));
            var dt1 = BinnedDatasetFile.Read(SharedData.Repo("samples/phase2-like.npmts_dt1.dat"));
            BinnedDatasetFile.Write(two, [nh, dt1]);

            var available = SystematicsService.Available(Reference("dataset:path=" + two));
            Assert.That(available.Configuration.Systematics[0].Choices.Select(c => c.Label), Is.EqualTo(new[] { "dt1" }));
            Assert.That(available.Notes.Single(), Does.Contain("dt2").And.Contain("keeps dt1"));
            var variants = SystematicsExpansion.Expand(available.Configuration);
            Assert.That(variants, Has.Count.EqualTo(4));
            Assert.That(DatasetLoader.Load(variants[0].Configuration).Data.Estimator, Is.EqualTo("npmts_dt1"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Configurations_PublishedSpectrumConfig_ArePileupTimesMetallicityOnTheNhSpectrum()
    {
        // Borexino's public Phase-II spectrum is N_h only (Nature 562, 505 (2018)): no estimator axis, one data group.
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var configurations = SystematicsService.Configurations(FitConfigurationLoader.Load(SharedData.Repo("configs/borexino-phase2-nature2018.json")));
        Assert.That(configurations.Select(c => c.Name), Is.EqualTo(new[] { "convolution / HZ", "convolution / LZ", "synthetic / HZ", "synthetic / LZ" }));
        Assert.That(configurations.Select(c => c.Prior), Is.All.EqualTo(0.25).Within(1e-15));
        Assert.That(configurations.Select(c => c.Data).Distinct().Single(), Does.Contain("phase2_nature2018_fig2a.txt (nh "));
    }

    [Test]
    public void DataNotes_ConfigurationsOnOtherDataThanTheNominalFit_AreNamed()
    {
        var nominal = Reference();
        var grid = ScanGrid.Linear(0, 4, 9);
        ConfigurationProfile On(string name, string data) =>
            new(name, 1, ProfileScan.FromDeviances("mu", grid, grid.Select(m => 700 + m * m).ToArray()), data);
        var dt1 = SystematicsService.Configurations(nominal)[0].Data;

        var mixed = SystematicsCombination.Combine([On("nh", SystematicsService.DataKey(nominal)), On("dt1", dt1)]);
        Assert.That(SystematicsService.DataNotes(nominal, mixed).Single(),
            Does.Contain("1 of 2 configurations fit other data than the nominal fit (nh, phase2-like.nh.dat)"));
        var same = SystematicsCombination.Combine([On("a", SystematicsService.DataKey(nominal)), On("b", SystematicsService.DataKey(nominal))]);
        Assert.That(SystematicsService.DataNotes(nominal, same), Is.Empty);
    }

    [Test]
    public void Available_PerEstimatorPath_KeepsEveryChoice()
    {
        var available = SystematicsService.Available(Reference());
        Assert.That(available.Notes, Is.Empty);
        Assert.That(available.Configuration.Systematics[0].Choices.Select(c => c.Label), Is.EqualTo(new[] { "dt1", "dt2" }));
    }
}
