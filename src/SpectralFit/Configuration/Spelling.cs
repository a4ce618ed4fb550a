namespace SpectralFit.Configuration;

/// <summary>"Did you mean ...?" for mistyped keys: the known name within a small edit distance.</summary>
public static class Spelling
{
    /// <summary>" (did you mean 'x'?)" for the closest candidate within 2 edits (case-insensitive), else "".</summary>
    public static string Suggest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (string c in candidates)
        {
            int d = Distance(typed.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
                (best, bestDistance) = (c, d);
        }
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
