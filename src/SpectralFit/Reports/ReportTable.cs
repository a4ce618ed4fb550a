namespace SpectralFit.Reports;

/// <summary>A table of text cells; every row has one cell per header.</summary>
public sealed record ReportTable : ReportBlock
{
    public ReportTable(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != headers.Count)
                throw new ArgumentException($"table '{caption}': row {i} has {rows[i].Count} cells, expected {headers.Count}");
        }
        Caption = caption;
        Headers = [.. headers];
        Rows = [.. rows.Select(r => (IReadOnlyList<string>)[.. r])];
    }

    public string Caption { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}
