using System.Globalization;
using DetectorResponse.Data;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using TestSupport;

namespace SpectralFit.Tests.Modeling;

/// <summary>
/// The reference configuration (configs/borexino-phase2-mm.json) assembled on an empty N_h 93-949 dataset
/// (exposure 920.85 day x 100 t) rebinned by 8 to keep the tests fast; shared by the modeling tests.
/// </summary>
internal static class ReferenceFit
{
    /// <summary>14C activity constrained as in Borexino (independent measurement, physics.md §6: 40.0 +- 2.0 Bq/100t).</summary>
    public static readonly string[] C14Pull = ["components:C14:pull:mean=40", "components:C14:pull:sigma=2"];

    private static readonly Lazy<string> EmptyData = new(() =>
    {
        string path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("reference-fit").FullName, "empty.dat");
        var edges = Enumerable.Range(0, 858).Select(i => 92.5 + i).ToArray();
        BinnedDatasetFile.Write(path, [new BinnedDataset("Nh", edges, new double[857], 920.84663)]);
        return path;
    });

    private static readonly Lazy<AssembledFit> Default = new(() => Build(C14Pull));

    public static AssembledFit Shared => Default.Value;

    public static AssembledFit Build(params string[] overrides)
    {
        var all = new List<string> { "dataset:path=" + EmptyData.Value, "dataset:rebin=8" };
        all.AddRange(overrides);
        var configuration = FitConfigurationLoader.Load(SharedData.Repo("configs/borexino-phase2-mm.json"), all);
        return SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration));
    }

    public static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
