using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Engine.World;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class OptionsTests
{
    [Fact]
    public void Data_options_default_to_the_gitignored_data_folder()
    {
        var options = new DataOptions();

        Assert.Equal(("data/workbench.db", 5, "sample"), (options.DatabasePath, options.BusyTimeoutSeconds, options.DefaultWorkspace));
    }

    [Fact]
    public void Model_options_default_to_the_models_folder_and_automatic_provider()
    {
        var options = new ModelOptions();

        Assert.Equal(("models", "project", "models/encoder.onnx", "models/encoder.vocab.txt", "auto"),
            (options.Directory, options.Encoder, options.EncoderModel, options.EncoderVocab, options.ExecutionProvider));
    }

    [Fact]
    public void Sample_world_settings_default_to_the_generators_defaults()
    {
        Assert.Equal(new SampleWorldOptions(), new SampleWorldSettings().ToOptions());
    }

    [Fact]
    public void The_repository_appsettings_json_binds_and_validates()
    {
        var root = RepositoryRoot.Find(null, AppContext.BaseDirectory, AppContext.BaseDirectory);
        using var services = Build(new ConfigurationBuilder().SetBasePath(root).AddJsonFile("appsettings.json", optional: false).Build());

        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        var models = services.GetRequiredService<IOptions<ModelOptions>>().Value;
        var world = services.GetRequiredService<IOptions<SampleWorldSettings>>().Value;

        Assert.Equal(("data/workbench.db", "sample"), (data.DatabasePath, data.DefaultWorkspace));
        Assert.Equal(("models", "project", "models/encoder.onnx", "models/encoder.vocab.txt", "auto"),
            (models.Directory, models.Encoder, models.EncoderModel, models.EncoderVocab, models.ExecutionProvider));
        Assert.Equal(new SampleWorldOptions(Seed: 42, Items: 5000, Users: 20000, TargetEvents: 320000, Days: 120), world.ToOptions());
    }

    [Fact]
    public void An_impossible_sample_world_size_is_refused_naming_the_key()
    {
        using var services = Build(InMemory(("SampleWorld:Items", "3")));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SampleWorldSettings>>().Value);

        Assert.Contains("SampleWorld:Items", error.Message);
    }

    [Fact]
    public void An_unknown_execution_provider_is_refused_naming_the_key()
    {
        using var services = Build(InMemory(("Models:ExecutionProvider", "tpu")));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ModelOptions>>().Value);

        Assert.Contains("Models:ExecutionProvider must be one of auto, cpu, cuda", error.Message);
    }

    [Theory]
    [InlineData("bert")]
    [InlineData("")]
    [InlineData("models/minilm/model.bin")]
    public void An_unknown_encoder_is_refused_naming_the_key_and_the_choices(string encoder)
    {
        using var services = Build(InMemory(("Models:Encoder", encoder)));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ModelOptions>>().Value);

        Assert.Contains("Models:Encoder must be one of project, minilm, arctic-xs, minilm+adapter, arctic-xs+adapter, or the path of an .onnx sentence encoder", error.Message);
    }

    [Theory]
    [InlineData("minilm")]
    [InlineData("Arctic-XS")]
    [InlineData("models/custom/model.onnx")]
    public void Pretrained_and_drop_in_encoders_are_accepted(string encoder)
    {
        using var services = Build(InMemory(("Models:Encoder", encoder)));

        Assert.Equal(encoder, services.GetRequiredService<IOptions<ModelOptions>>().Value.Encoder);
    }

    [Fact]
    public void A_relative_database_path_is_resolved_against_the_content_root()
    {
        var location = new DatabaseLocation("data/workbench.db", "/srv/coldstart", 5);

        Assert.Equal("/srv/coldstart/data/workbench.db", location.FullPath);
        Assert.Contains("/srv/coldstart/data/workbench.db", location.ConnectionString);
    }

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddColdStartData(configuration);
        services.AddSampleDataSeeding(configuration);
        services.AddModelOptions(configuration);
        return services.BuildServiceProvider();
    }

    private static IConfiguration InMemory(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
