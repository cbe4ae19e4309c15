using Microsoft.JSInterop;

namespace ColdStart.Workbench.Components.Shared;

/// <summary>Hands text to the browser as a file download (wwwroot/download.js).</summary>
public static class BrowserDownload
{
    /// <summary>The script's function: (file name, MIME type, text).</summary>
    public const string Function = "workbenchDownload";

    public static ValueTask DownloadTextAsync(this IJSRuntime js, string fileName, string mimeType, string text)
    {
        ArgumentNullException.ThrowIfNull(js);
        return js.InvokeVoidAsync(Function, fileName, mimeType, text);
    }
}
