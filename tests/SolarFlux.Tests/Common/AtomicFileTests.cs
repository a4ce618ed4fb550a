using SolarFlux.Common;

namespace SolarFlux.Tests.Common;

public class AtomicFileTests
{
    [Test]
    public void Write_FailingWriter_LeavesNoOutputAndNoTemporary()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sf-atomic-" + Guid.NewGuid().ToString("N"));
        string target = Path.Combine(dir, "out.json");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, tmp =>
        {
            File.WriteAllText(tmp, "{ half");
            throw new InvalidOperationException("simulated failure");
        }));
        Assert.That(File.Exists(target), Is.False);
        Assert.That(Directory.GetFiles(dir), Is.Empty);
        Directory.Delete(dir, true);
    }

    [Test]
    public void WriteAllText_ReplacesExistingFile()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "old");
        AtomicFile.WriteAllText(path, "new");
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        File.Delete(path);
    }
}
