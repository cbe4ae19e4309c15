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
        document.Info.Description = "Recommendations through the workbench's one Scorer. Send an account's API key in X-Api-Key " +
            "(an admin creates keys on the Users page); the key acts with its account's role. In single-user mode the API answers loopback requests only.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiOptions.KeyHeader,
            Description = "An API key of a workbench account (Users page); it carries the account's role.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
