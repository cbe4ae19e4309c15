using Microsoft.JSInterop;

namespace ColdStart.Workbench.Components.Shared;

/// <summary>Hands text or bytes made on the server to the browser as a file download (wwwroot/download.js).</summary>
public static class BrowserDownload
{
    /// <summary>The script's function for text: (file name, MIME type, text).</summary>
    public const string Function = "workbenchDownload";

    /// <summary>The script's function for bytes (a PDF): (file name, MIME type, bytes as a Uint8Array).</summary>
    public const string BytesFunction = "workbenchDownloadBytes";

    public static ValueTask DownloadTextAsync(this IJSRuntime js, string fileName, string mimeType, string text)
    {
        ArgumentNullException.ThrowIfNull(js);
        return js.InvokeVoidAsync(Function, fileName, mimeType, text);
    }

    public static ValueTask DownloadBytesAsync(this IJSRuntime js, string fileName, string mimeType, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(js);
        return js.InvokeVoidAsync(BytesFunction, fileName, mimeType, bytes);
    }
}
