using Microsoft.Extensions.Options;

namespace ColdStart.Data.Seeding;

/// <summary>Validates <see cref="SampleWorldSettings"/> with the generator's own rules, so the limits live in one place.</summary>
internal sealed class SampleWorldSettingsValidation : IValidateOptions<SampleWorldSettings>
{
    public ValidateOptionsResult Validate(string? name, SampleWorldSettings options)
    {
        try
        {
            options.ToOptions().Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ValidateOptionsResult.Fail($"{SampleWorldSettings.SectionName}:{ex.ParamName} is invalid: {ex.Message}");
        }
    }
}
