using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Workbench.Accounts;
using ColdStart.Workbench.Auditing;
using ColdStart.Workbench.Cli;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Sessions;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using ColdStart.Workbench.Suites;
using MudBlazor.Services;

return await CommandLine.RunAsync(args);

/// <summary>Entry point: <c>ColdStart.Workbench [verb] [options]</c>; the verbs are listed in <see cref="CommandLine"/>.</summary>
public partial class Program
{
    /// <summary>The <c>serve</c> verb (default): the Blazor Server workbench.</summary>
    internal static async Task<int> ServeAsync(string[] args)
    {
        var builder = WorkbenchHost.CreateBuilder(args);
        // A busy server (a model rebuild on 2 cores) can delay keep-alives: wait 60 s for the browser before dropping a
        // circuit, as the browser waits 60 s for the server (wwwroot/blazor-start.js).
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.ClientTimeoutInterval = TimeSpan.FromSeconds(60));
        builder.Services.AddMudServices();
        builder.Services.AddColdStartData(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration, builder.Environment);
        builder.Services.AddSampleDataSeeding(builder.Configuration);
        builder.Services.AddModelOptions(builder.Configuration);
        builder.Services.AddModelHost();
        builder.Services.AddPersonas();
        builder.Services.AddCompare();
        builder.Services.AddSessions();
        builder.Services.AddItems();
        builder.Services.AddHeatmaps();
        builder.Services.AddDatasets(builder.Configuration);
        builder.Services.AddLab();
        builder.Services.AddSuites();
        builder.Services.AddScoringApi(builder.Configuration);
        builder.Services.AddAudit();
        builder.Services.AddWorkbenchHealth();

        var app = builder.Build();
        PublishedAssets.Check(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            // Sent on HTTPS requests only: behind a TLS-terminating proxy that needs ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (README, Run it for a team).
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAccounts();
        app.UseAntiforgery();
        app.MapAccounts();
        app.MapWorkbenchHealth();
        app.MapScoringApi();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        return await WorkbenchHost.RunAsync(app);
    }
}
