using ColdStart.Data;
using ColdStart.Data.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers accounts and roles: <see cref="AccountOptions"/> (section "Accounts", validated on start; single-user
    /// mode is refused in Production), ASP.NET Core Identity on the workbench store with cookie sign-in, lock-out and
    /// password rules, the Blazor authentication state (revalidated every minute), the account directory, the setup
    /// state and the API key store. Needs <c>AddColdStartData</c>; mapped by <c>UseAccounts</c> and <c>MapAccounts</c>.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<AccountOptions>()
            .Bind(configuration.GetSection(AccountOptions.SectionName))
            .Validate(o => !(o.SingleUser && environment.IsProduction()),
                "Accounts:SingleUser is for development on one machine and is refused in the Production environment; create accounts instead (README, Accounts and roles).")
            .Validate(o => o.MinPasswordLength is >= 8 and <= 128, "Accounts:MinPasswordLength must be between 8 and 128.")
            .Validate(o => o.MaxFailedSignIns is >= 1 and <= 100, "Accounts:MaxFailedSignIns must be between 1 and 100.")
            .Validate(o => o.LockoutMinutes is >= 1 and <= 1440, "Accounts:LockoutMinutes must be between 1 and 1440.")
            .ValidateOnStart();
        var settings = configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
        {
            o.LoginPath = AccountRoutes.SignIn;
            o.LogoutPath = AccountRoutes.SignOut;
            o.AccessDeniedPath = AccountRoutes.Denied;
            o.Cookie.Name = "ColdStart.Workbench.Account";
            o.Cookie.SameSite = SameSiteMode.Strict;
        }));
        services.AddIdentityCore<Account>(o =>
            {
                o.Password.RequiredLength = settings.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkbenchDbContext>()
            .AddSignInManager<AccountSignInManager>()
            .AddDefaultTokenProviders();
        // A changed security stamp (role change, deactivation, password reset) ends cookie sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<AccountAudit>();
        services.TryAddSingleton<ApiKeyStore>();
        services.TryAddSingleton<AccountDirectory>();
        services.TryAddSingleton<SetupState>();
        return services;
    }
}
