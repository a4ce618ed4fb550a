using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>Reads "systematics:axes": each axis key must name a value of the schema; choices need weights &gt; 0.</summary>
internal static class SystematicAxisReader
{
    public static IReadOnlyList<SystematicAxisSpec> Read(ConfigNode systematics)
    {
        var axes = new List<SystematicAxisSpec>();
        var items = systematics.Section("axes").GetChildren().OrderBy(c => int.Parse(c.Key)).ToList();
        var axesSchema = (ArraySchema)((ObjectSchema)FitSchema.Root.Member("systematics")!).Member("axes")!;
        var schema = (ObjectSchema)axesSchema.Item;
        var choiceSchema = (ObjectSchema)((ArraySchema)schema.Member("choices")!).Item;
        foreach (var item in items)
        {
            var axis = new ConfigNode(item, schema, systematics.PathOf("axes:" + item.Key), systematics.Source);
            string key = axis.String("key");
            var (leaf, error) = SchemaPath.Resolve(key);
            if (leaf is null)
                throw axis.Error("key", error!);
            if (axes.Any(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)))
                throw axis.Error("key", $"'{key}' is already varied by another axis; merge the two axes");

            var choices = new List<SystematicChoice>();
            foreach (var c in axis.Section("choices").GetChildren().OrderBy(c => int.Parse(c.Key)))
            {
                var choice = new ConfigNode(c, choiceSchema, axis.PathOf("choices:" + c.Key), axis.Source);
                string value = choice.String("value");
                if (!leaf.Accepts(value))
                    throw choice.Error("value", $"'{value}' is not a valid value of {key}: expected {leaf.Expected}");
                double weight = choice.Number("weight");
                if (weight <= 0)
                    throw choice.Error("weight", $"expected a prior weight > 0, got {ConfigNode.Format(weight)}");
                var set = StructureValidator.Flatten(choice.Section("set"))
                    .Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value)).ToList();
                choices.Add(new SystematicChoice(choice.OptionalString("label") ?? value, value, weight, set.AsReadOnly()));
            }
            if (choices.Select(c => c.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count)
                throw axis.Error("choices", "two choices have the same label; give each a distinct label");
            axes.Add(new SystematicAxisSpec(key, choices.AsReadOnly()));
        }
        return axes.AsReadOnly();
    }
}
