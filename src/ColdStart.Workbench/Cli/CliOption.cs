using System.CommandLine;
using System.Globalization;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// Makes every option of every verb, so that they all parse the same way: one value, given as <c>--name value</c> or
/// <c>--name=value</c>; a missing value reads "Option --name needs a value."; numbers are read with the invariant
/// culture (<c>0.5</c>, never <c>0,5</c>) whatever the machine's culture. Duplicates and unknown options are refused
/// by the workbench's <c>CommandLine</c>. The benchmark project compiles this file too, so its numbers parse alike.
/// </summary>
internal static class CliOption
{
    /// <summary>An option whose text value is turned into a <typeparamref name="T"/> by <paramref name="parse"/>, which returns an error message or null.</summary>
    public static Option<T> Create<T>(string name, string helpName, string description, Func<string, (T Value, string? Error)> parse)
    {
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0) return default!; // "needs a value", below
                var (value, error) = parse(result.Tokens[0].Value);
                if (error is not null) result.AddError(error);
                return value;
            },
        };
        // Given without a value (also "--x=" or "--x ''"): refused, even where the option has a default.
        option.Validators.Add(result =>
        {
            if (!result.Implicit && (result.Tokens.Count == 0 || string.IsNullOrWhiteSpace(result.Tokens[0].Value)))
                result.AddError($"Option {name} needs a value.");
        });
        return option;
    }

    /// <summary>Like the overload without a default, with a value used when the option is absent (shown in the help).</summary>
    public static Option<T> Create<T>(string name, string helpName, string description, T defaultValue, Func<string, (T Value, string? Error)> parse)
    {
        var option = Create(name, helpName, description, parse);
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>Free text, null when absent.</summary>
    public static Option<string?> Text(string name, string helpName, string description) =>
        Create<string?>(name, helpName, description, text => (text, null));

    /// <summary>Free text, <paramref name="defaultValue"/> when absent.</summary>
    public static Option<string> Text(string name, string helpName, string description, string defaultValue) =>
        Create(name, helpName, description, defaultValue, text => (text, null));

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public static Option<int> Integer(string name, string helpName, string description, int defaultValue, int minimum = int.MinValue) =>
        Create(name, helpName, description, defaultValue, text => ReadInteger(name, text, minimum));

    /// <summary>A whole number of at least <paramref name="minimum"/>, or null when absent.</summary>
    public static Option<int?> OptionalInteger(string name, string helpName, string description, int minimum = int.MinValue) =>
        Create<int?>(name, helpName, description, text => ReadInteger(name, text, minimum));

    /// <summary>Whole numbers separated by commas, each at least <paramref name="minimum"/>; repeats are dropped.</summary>
    public static Option<IReadOnlyList<int>> Integers(string name, string helpName, string description, int minimum) =>
        Create<IReadOnlyList<int>>(name, helpName, description, text =>
        {
            var values = new List<int>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                    return (values, $"{name} takes whole numbers separated by commas; '{part}' is not one.");
                if (!values.Contains(value)) values.Add(value);
            }
            return values.Any(v => v < minimum) ? (values, $"{name} values must be {minimum} or more.") : (values, null);
        });

    /// <summary>A finite number (invariant culture).</summary>
    public static Option<float> Number(string name, string helpName, string description, float defaultValue) =>
        Create(name, helpName, description, defaultValue, text =>
            TryReadNumber(text, out float value) ? (value, null) : (value, $"{name} takes a number; '{text}' is not one."));

    /// <summary>A positive finite number (invariant culture), or null when absent; <paramref name="what"/> completes "must be …".</summary>
    public static Option<float?> Positive(string name, string helpName, string description, string what) =>
        Create<float?>(name, helpName, description, text =>
            TryReadNumber(text, out float value) && value > 0 ? (value, null) : (null, $"{name} must be {what} (got '{text}')."));

    /// <summary>Reads a finite number with the invariant culture.</summary>
    public static bool TryReadNumber(string text, out float value) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value);

    private static (int, string?) ReadInteger(string name, string text, int minimum)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            return (0, $"{name} takes a whole number; '{text}' is not one.");
        return value < minimum ? (value, $"{name} must be at least {minimum} (got {value}).") : (value, null);
    }
}
