using Microsoft.Extensions.Configuration;
using SolarFlux.Common;
using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>
/// First validation stage (pyhf style): the shape of the configuration against <see cref="FitSchema"/>:
/// JSON types, required keys and unknown keys. Meaning (ranges, consistency, files) comes after, in
/// <see cref="FitConfigurationReader"/>. Errors name the source and the full key path.
/// </summary>
public static class StructureValidator
{
    /// <param name="root">The loaded configuration (file plus overrides).</param>
    /// <param name="source">The config file, for error messages.</param>
    public static void Validate(IConfiguration root, string source)
    {
        foreach (var child in root.GetChildren())
        {
            if (IsComment(child.Key))
                continue;
            if (FitSchema.Root.Member(child.Key) is null)
                throw Error(source, child.Key, $"unknown key{Spelling.Suggest(child.Key, FitSchema.Root.Members.Select(m => m.Name))}; expected one of {FitSchema.Root.MemberList} (remove it or fix its spelling)");
        }
        foreach (var (name, node) in FitSchema.Root.Members)
            Check(root.GetSection(name), node, source);
    }

    /// <summary>Keys starting with '_' (e.g. "_comment") are comments.</summary>
    public static bool IsComment(string key) => key.StartsWith('_');

    /// <summary>True when the key is absent (or JSON null).</summary>
    public static bool IsAbsent(IConfigurationSection section) =>
        string.IsNullOrEmpty(section.Value) && !section.GetChildren().Any();

    private static void Check(IConfigurationSection section, SchemaNode node, string source)
    {
        if (IsAbsent(section))
        {
            if (node.Required)
                throw Error(source, section.Path, $"required key missing: {node.Description}; add it ({node.Expected})");
            return;
        }

        bool hasChildren = section.GetChildren().Any();
        switch (node)
        {
            case ScalarSchema scalar:
                if (hasChildren)
                    throw Error(source, section.Path, $"expected {scalar.Expected}, got an object or array");
                if (!scalar.Accepts(section.Value!))
                    throw Error(source, section.Path, $"expected {scalar.Expected}, got '{section.Value}'");
                return;
            case ObjectSchema obj:
                RequireContainer(section, obj, hasChildren, source);
                foreach (var child in section.GetChildren())
                {
                    if (!IsComment(child.Key) && obj.Member(child.Key) is null)
                        throw Error(source, child.Path, $"unknown key{Spelling.Suggest(child.Key, obj.Members.Select(m => m.Name))}; expected one of {obj.MemberList} (remove it or fix its spelling)");
                }
                foreach (var (name, member) in obj.Members)
                    Check(section.GetSection(name), member, source);
                return;
            case MapSchema map:
                RequireContainer(section, map, hasChildren, source);
                foreach (var entry in section.GetChildren())
                {
                    if (!IsComment(entry.Key))
                        Check(entry, map.Entry, source);
                }
                return;
            case ArraySchema array:
                RequireContainer(section, array, hasChildren, source);
                var items = section.GetChildren().ToList();
                for (int i = 0; i < items.Count; i++)
                {
                    if (!int.TryParse(items[i].Key, out _))
                        throw Error(source, section.Path, "expected an array [ ... ], got an object");
                    Check(items[i], array.Item, source);
                }
                if (items.Count < array.MinimumCount)
                    throw Error(source, section.Path, $"expected at least {array.MinimumCount} entries, got {items.Count}");
                return;
            case OverrideSetSchema:
                RequireContainer(section, node, hasChildren, source);
                foreach (var (key, _) in Flatten(section))
                {
                    var (_, error) = SchemaPath.Resolve(key);
                    if (error is not null)
                        throw Error(source, section.Path, error);
                }
                return;
        }
    }

    /// <summary>The leaves under a section as (key path relative to the section, value).</summary>
    public static IEnumerable<(string Key, string Value)> Flatten(IConfigurationSection section)
    {
        foreach (var child in section.GetChildren())
        {
            if (IsComment(child.Key))
                continue;
            if (child.GetChildren().Any())
            {
                foreach (var (key, value) in Flatten(child))
                    yield return (child.Key + ":" + key, value);
            }
            else if (child.Value is not null)
            {
                yield return (child.Key, child.Value);
            }
        }
    }

    private static void RequireContainer(IConfigurationSection section, SchemaNode node, bool hasChildren, string source)
    {
        if (!hasChildren)
            throw Error(source, section.Path, $"expected {node.Expected}, got the value '{section.Value}'");
        if (node is not ArraySchema && section.GetChildren().All(c => int.TryParse(c.Key, out _)))
            throw Error(source, section.Path, $"expected {node.Expected} {{ ... }}, got an array [ ... ]");
    }

    private static UserInputException Error(string source, string path, string message) =>
        new($"{source}: {path}: {message}");
}
