using ColdStart.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace ColdStart.Workbench.Accounts;

public static class AccountsApplicationBuilderExtensions
{
    /// <summary>Authentication, the <see cref="AccountGate"/> (setup and single-user mode) and authorization; call after <c>UseRouting</c>, before <c>UseAntiforgery</c>.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseMiddleware<AccountGate>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The sign-out endpoint (<c>POST /account/logout</c>, antiforgery-checked); the account pages are Razor components.</summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(AccountRoutes.SignOut, async (SignInManager<Account> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(AccountRoutes.SignIn);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }
}
