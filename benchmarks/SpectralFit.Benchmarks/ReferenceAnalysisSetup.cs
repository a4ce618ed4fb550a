using SpectralFit.Configuration;
using SpectralFit.Modeling;

namespace SpectralFit.Benchmarks;

/// <summary>
/// The reference analysis of the benchmarks: configs/borexino-phase2-mm.json with its embedded sample, loaded the way
/// the CLI does (<see cref="FitConfigurationLoader.Load(string, IEnumerable{string})"/> with --set-style overrides).
/// </summary>
internal static class ReferenceAnalysisSetup
{
    public const string ConfigPath = "configs/borexino-phase2-mm.json";

    /// <summary>Scan points of the profile and of every systematics configuration (issue C: &gt;= 30).</summary>
    public const int ScanPoints = 30;

    /// <summary>--set override of the scan size.</summary>
    public static string ScanOverride => $"magnetic_moment:scan:points={ScanPoints}";

    /// <summary>The reference configuration with the given overrides.</summary>
    public static FitConfiguration Load(params string[] overrides) =>
        FitConfigurationLoader.Load(Path.Combine(RepositoryRoot(), ConfigPath), overrides);

    /// <summary>Configuration, data, templates and likelihood of a fit, built once (the CLI's AnalysisOptions.Assemble).</summary>
    public static AssembledFit Assemble(FitConfiguration configuration) =>
        SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration));

    /// <summary>The directory holding SpectralFit.sln, searched upwards from the working directory and from this assembly.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SpectralFit.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"SpectralFit.sln not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; run the benchmarks from the repository");
    }
}
