namespace DetectorResponse.Tests;

/// <summary>Temporary files for reader tests, deleted by the caller's using block.</summary>
public sealed class TempFiles : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "sf-dr-" + Guid.NewGuid().ToString("N"));

    public TempFiles() => System.IO.Directory.CreateDirectory(Directory);

    public string Write(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, true);
    }
}
