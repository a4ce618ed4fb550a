using System.Globalization;
using System.Text;

namespace SpectralFit.Configuration.Schema;

/// <summary>The key reference of configs/README.md (section "fit"), generated from <see cref="FitSchema"/>.</summary>
public static class FitSchemaDocumentation
{
    /// <summary>Every documented key path, e.g. "dataset:observable:min", "components:&lt;component&gt;:init".</summary>
    public static IReadOnlyList<string> KeyPaths() => [.. Rows().Select(r => r.Path)];

    /// <summary>A markdown table: key | meaning | unit | default | allowed.</summary>
    public static string MarkdownTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| key | meaning | unit | default | allowed |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var r in Rows())
            sb.AppendLine($"| `{r.Path}` | {r.Meaning} | {r.Unit} | {r.Default} | {r.Allowed} |");
        return sb.ToString();
    }

    private static IEnumerable<(string Path, string Meaning, string Unit, string Default, string Allowed)> Rows()
    {
        foreach (var (name, node) in FitSchema.Root.Members)
        {
            foreach (var row in Walk(name, node))
                yield return row;
        }
    }

    /// <param name="parameterTemplate">Documenting the keys shared by a group of parameters: units and ranges are the parameter's.</param>
    private static IEnumerable<(string, string, string, string, string)> Walk(string path, SchemaNode node, bool parameterTemplate = false)
    {
        switch (node)
        {
            case ScalarSchema s when parameterTemplate:
                yield return (path, Cell(s.Description), s.Kind == ScalarKind.Number ? "the parameter's" : "",
                    s.Default is null ? (s.Required ? "required" : "none") : $"`{s.Default}`",
                    s.Kind == ScalarKind.Number ? (s.Minimum == 0 ? "> 0" : "the parameter's range") : Allowed(s));
                break;
            case ScalarSchema s:
                yield return (path, Cell(s.Description), s.Unit ?? "", s.Default is null ? (s.Required ? "required" : "none") : $"`{s.Default}`", Allowed(s));
                break;
            case ObjectSchema o when IsParameterGroup(o):
                // e.g. response: one row per parameter, then the parameter keys once, then any plain settings.
                yield return (path, Cell(o.Description), "", o.Required ? "required" : "optional", "object of parameters");
                var parameters = o.Members.Where(m => IsParameter(m.Node)).ToList();
                foreach (var (name, member) in parameters)
                {
                    var init = (ScalarSchema)((ObjectSchema)member).Member("init")!;
                    yield return ($"{path}:{name}", Cell(member.Description), init.Unit ?? "", ModelDefault(name), Allowed(init));
                }
                foreach (var (key, member) in ((ObjectSchema)parameters[0].Node).Members)
                {
                    foreach (var row in Walk(path + ":<parameter>:" + key, member, parameterTemplate: true))
                        yield return row;
                }
                foreach (var (name, member) in o.Members.Where(m => !IsParameter(m.Node)))
                {
                    foreach (var row in Walk(path + ":" + name, member))
                        yield return row;
                }
                break;
            case ObjectSchema o:
                yield return (path, Cell(o.Description), "", o.Required ? "required" : "optional", "object");
                foreach (var (name, member) in o.Members)
                {
                    foreach (var row in Walk(path + ":" + name, member, parameterTemplate))
                        yield return row;
                }
                break;
            case MapSchema m:
                yield return (path, Cell(m.Description), "", m.Required ? "required" : "optional",
                    "names: " + string.Join(", ", m.KnownNames) + (m.OtherNamesAllowed ? "; other names with a template" : ""));
                foreach (var row in Walk(path + ":" + m.EntryPlaceholder, m.Entry))
                    yield return row;
                break;
            case ArraySchema a:
                yield return (path, Cell(a.Description), "", a.Required ? "required" : "optional", a.MinimumCount > 0 ? $"array, at least {a.MinimumCount}" : "array");
                foreach (var row in Walk(path + ":<i>", a.Item))
                    yield return row;
                break;
            case OverrideSetSchema set:
                yield return (path, Cell(set.Description), "", "none", "object of config keys");
                break;
        }
    }

    private static string Allowed(ScalarSchema s) => s.Kind switch
    {
        ScalarKind.Choice => string.Join(" \\| ", s.Choices!.Select(c => $"`{c}`")),
        ScalarKind.Boolean => "true \\| false",
        ScalarKind.String => "text",
        _ => s.Minimum is null && s.Maximum is null
            ? (s.Kind == ScalarKind.Integer ? "integer" : "number")
            : $"{(s.Kind == ScalarKind.Integer ? "integer " : "")}[{F(s.Minimum)}, {F(s.Maximum)}]",
    };

    /// <summary>The detector model's default of a response parameter left out of the configuration.</summary>
    private static string ModelDefault(string parameter) =>
        FitSchema.ResponseParameters.Where(p => p.Name == parameter).Select(p => $"`{F(p.Default)}`").FirstOrDefault() ?? "optional";

    private static string F(double? v) => v is double x ? x.ToString("G6", CultureInfo.InvariantCulture).ToLowerInvariant() : "∞";

    /// <summary>An object whose members are all fit parameters (objects with an "init" value).</summary>
    /// <summary>An object whose members are (mostly) fit parameters; other members must be plain settings (scalars).</summary>
    private static bool IsParameterGroup(ObjectSchema o) =>
        o.Members.Count(m => IsParameter(m.Node)) > 1 && o.Members.All(m => IsParameter(m.Node) || m.Node is ScalarSchema);

    private static bool IsParameter(SchemaNode node) => node is ObjectSchema p && p.Member("init") is ScalarSchema;

    private static string Cell(string text) => text.Replace("|", "\\|");
}
