namespace ColdStart.Workbench.Options;

public static class ModelOptionsExtensions
{
    /// <summary>Binds <see cref="ModelOptions"/> from "Models", validated on start.</summary>
    public static IServiceCollection AddModelOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModelOptions>()
            .Bind(configuration.GetSection(ModelOptions.SectionName))
            .Validate(o => ModelOptions.ExecutionProviders.Contains(o.ExecutionProvider),
                $"Models:ExecutionProvider must be one of {string.Join(", ", ModelOptions.ExecutionProviders)}.")
            .Validate(o => o.MaxLoadedWorkspaces is >= 1 and <= 100, "Models:MaxLoadedWorkspaces must be between 1 and 100.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Models:Directory must not be empty.")
            .Validate(o => Modeling.EncoderChoice.IsValid(o.Encoder),
                $"Models:Encoder must be one of {string.Join(", ", Modeling.EncoderChoice.Names)}, or the path of an .onnx sentence encoder.")
            .ValidateOnStart();
        return services;
    }
}
