using System.Net;
using System.Text.RegularExpressions;

namespace ColdStart.Workbench.Tests.Accounts;

/// <summary>Posts the static account pages' forms the way a browser does: the page's antiforgery token, its form name, the fields.</summary>
internal static partial class AccountForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, params (string Field, string Value)[] fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var input = TokenInput().Match(page);
        Assert.True(input.Success, $"{path} has no antiforgery token: {page[..Math.Min(page.Length, 400)]}");
        var token = WebUtility.HtmlDecode(TokenValue().Match(input.Value).Groups[1].Value);
        using var content = new FormUrlEncodedContent(
            [new("_handler", formName), new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value))]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        PostAsync(client, "/account/login", "sign-in", ("Input.UserName", userName), ("Input.Password", password));

    public static Task<HttpResponseMessage> SetUpAsync(HttpClient client, string userName, string password) =>
        PostAsync(client, "/account/setup", "setup", ("Input.UserName", userName), ("Input.Password", password), ("Input.Confirm", password));

    /// <summary>The text of the page's account message (error or notice), or null.</summary>
    public static async Task<string?> MessageAsync(HttpResponseMessage response)
    {
        var match = Message().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex TokenValue();

    [GeneratedRegex("data-testid=\"account-message\">([^<]*)<")]
    private static partial Regex Message();
}
