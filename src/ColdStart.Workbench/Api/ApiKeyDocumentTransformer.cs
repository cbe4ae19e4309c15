using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ColdStart.Workbench.Api;

/// <summary>Describes the <c>X-Api-Key</c> header in the OpenAPI document, so the reference page can send it.</summary>
public sealed class ApiKeyDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "ColdStart Workbench scoring API";
        document.Info.Description = "Recommendations through the workbench's one Scorer. Send X-Api-Key when Api:Keys is configured; " +
            "without keys the API answers loopback requests only.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiOptions.KeyHeader,
            Description = "One of the keys of Api:Keys in appsettings.json.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
