using Bunit;
using ColdStart.Data.Seeding;
using ColdStart.Workbench.Components.Pages.Heatmaps;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using ColdStart.Workbench.Tests.Components;
using ColdStart.Workbench.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class HeatmapsPageTests : BunitTestBase
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void While_the_model_is_preparing_the_page_says_so_and_draws_no_chart()
    {
        var host = new ModelHost(new SeedingStatus(), _database.Store, Microsoft.Extensions.Options.Options.Create(new ModelOptions()),
            new HostingEnvironment { ContentRootPath = _database.Folder }, NullLogger<ModelHost>.Instance);
        Services.AddSingleton<ILiveModel>(host);
        Services.AddSingleton(new HeatmapPersonas(_database.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ColdStart.Data.WorkbenchDbContext>>()));

        var cut = RenderInteractive<HeatmapsPage>();

        Assert.Contains("The model is preparing", cut.Find("[data-testid=heatmaps-model-preparing]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid^=heatmap-]"));
        host.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _database.Dispose();
        base.Dispose(disposing);
    }
}
