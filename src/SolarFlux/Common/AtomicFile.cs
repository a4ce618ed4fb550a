namespace SolarFlux.Common;

/// <summary>
/// Writes output files all-or-nothing: the content goes to a temporary file in the same directory,
/// which replaces the target only when it is complete. A failure never leaves a half-written output.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string contents)
    {
        Write(path, tmp => File.WriteAllText(tmp, contents));
    }

    public static void Write(string path, Action<string> writeTemporary)
    {
        string full = Path.GetFullPath(path);
        string? dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            try
            {
                Directory.CreateDirectory(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"{path}: cannot create the output directory ({e.Message})", e);
            }
        }

        string tmp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            writeTemporary(tmp);
            File.Move(tmp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(tmp);
            throw new UserInputException($"{path}: cannot write the output file ({e.Message.Replace(tmp, full, StringComparison.Ordinal)})", e);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
                File.Delete(path);
        }
        catch (IOException)
        {
            // best effort: the temporary file is not the output
        }
    }
}
