namespace SpectralFit.Moments;

/// <summary>The published bounds of <see cref="PublishedBounds"/> next to this framework's own solar limit.</summary>
public static class BoundComparison
{
    public const string ThisWorkName = "SpectralFit (this work)";

    /// <summary>
    /// Rows grouped by category in the order of <see cref="PublishedBounds.All"/>, with this work's limit placed
    /// after the other solar bounds.
    /// </summary>
    /// <param name="muEffLimit">This framework's 90% C.L. limit on the solar effective moment [mu_B].</param>
    /// <param name="description">What the limit came from (dataset, configuration), shown as its source.</param>
    public static IReadOnlyList<BoundComparisonRow> Build(double muEffLimit, string description)
    {
        SolarFlux.Common.UserInputException.RequireFinite(muEffLimit, "mu_eff limit");
        if (muEffLimit <= 0)
            throw new SolarFlux.Common.UserInputException($"mu_eff limit: expected a value > 0, got {muEffLimit}");
        var thisWork = new PublishedBound(ThisWorkName, BoundCategory.Solar, "mu_eff (solar)", muEffLimit, "90% C.L.", description);
        var rows = new List<BoundComparisonRow>();
        foreach (var category in Enum.GetValues<BoundCategory>())
        {
            rows.AddRange(PublishedBounds.All.Where(b => b.Category == category)
                .Select(b => new BoundComparisonRow(b, b.Limit / muEffLimit, false)));
            if (category == BoundCategory.Solar)
                rows.Add(new BoundComparisonRow(thisWork, 1.0, true));
        }
        return rows;
    }
}
