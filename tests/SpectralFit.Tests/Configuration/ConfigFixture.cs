using System.Text.Json.Nodes;
using DetectorResponse.Estimators;
using TestSupport;

namespace SpectralFit.Tests.Configuration;

/// <summary>
/// A temporary copy of the shipped reference configuration in configs/, with placeholder datasets (one
/// per estimator) at the relative path it names (../samples/...), so every test edits and loads a real
/// configuration.
/// </summary>
internal sealed class ConfigFixture : IDisposable
{
    public const string ShippedConfig = "configs/borexino-phase2-mm.json";

    public ConfigFixture()
    {
        Root = Directory.CreateTempSubdirectory("spectralfit-config-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "configs"));
        Json = JsonNode.Parse(File.ReadAllText(SharedData.Repo(ShippedConfig)))!.AsObject();
        string written = (string)Json["dataset"]!["path"]!;
        foreach (string estimator in EnergyEstimatorNames.All)
        {
            string dataset = Path.GetFullPath(Path.Combine(Root, "configs", written.Replace("{estimator}", estimator)));
            Directory.CreateDirectory(Path.GetDirectoryName(dataset)!);
            File.WriteAllText(dataset, "# placeholder dataset\n");
        }
        DatasetPath = Path.GetFullPath(Path.Combine(Root, "configs", written.Replace("{estimator}", "nh")));
    }

    public string Root { get; }

    /// <summary>The dataset of the configured estimator (nh).</summary>
    public string DatasetPath { get; }

    /// <summary>The configuration as JSON; edit it before <see cref="Write"/>.</summary>
    public JsonObject Json { get; }

    public string ConfigPath => Path.Combine(Root, "configs", "test.json");

    /// <summary>Writes the (edited) JSON and returns its path.</summary>
    public string Write()
    {
        File.WriteAllText(ConfigPath, Json.ToJsonString());
        return ConfigPath;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // temporary folder; best effort
        }
    }
}
