using System.Globalization;
using ColdStart.Workbench.Datasets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Components.Pages.Datasets;

/// <summary>
/// Upload form: format, workspace name, strong-rating threshold and one file per file of the format. The files are
/// streamed to a temporary folder and imported in the background by <see cref="WorkspaceImports"/>, with progress; a
/// rejected import lists its errors as file:line: message.
/// </summary>
public sealed partial class ImportForm : IDisposable
{
    [Inject] private WorkspaceImports Imports { get; set; } = default!;
    [Inject] private IOptions<UploadOptions> Options { get; set; } = default!;

    /// <summary>Raised with the finished job after a workspace was imported.</summary>
    [Parameter] public EventCallback<ImportJob> OnImported { get; set; }

    private readonly Dictionary<string, IBrowserFile> _chosen = new(StringComparer.Ordinal);
    private DatasetFormat _format = DatasetFormat.GenericCsv;
    private string _name = "";
    private float _threshold = 4f;
    private bool _nameTouched;
    private ImportJob? _job;
    private bool _running;
    private int _generation;

    private bool Running => _running;

    private string? NameProblem => _nameTouched || _name.Length > 0 ? WorkspaceNames.Problem(_name) : null;

    protected override void OnInitialized() => Imports.Changed += OnProgress;

    private void SelectFormat(string name)
    {
        _format = DatasetFormat.Find(name);
        _chosen.Clear();
    }

    private void Choose(DatasetFile slot, IBrowserFile? file)
    {
        if (file is null) _chosen.Remove(slot.Name);
        else _chosen[slot.Name] = file;
    }

    private async Task ImportAsync()
    {
        _nameTouched = true;
        _running = true;
        _job = null;
        try
        {
            var files = _chosen.Select(c => new UploadedFile(c.Key, c.Value.Name, c.Value.Size,
                (max, ct) => c.Value.OpenReadStream(max, ct))).ToList();
            _job = await Imports.ImportAsync(new ImportRequest(_name, _format, _threshold), files);
        }
        finally
        {
            _running = false;
        }
        if (_job.Stage == ImportStage.Succeeded)
        {
            _chosen.Clear();
            _generation++;
            _name = "";
            _nameTouched = false;
            await OnImported.InvokeAsync(_job);
        }
    }

    /// <summary>Shows the service's progress while this form's import runs.</summary>
    private void OnProgress() => _ = InvokeAsync(() =>
    {
        if (!_running || Imports.Current is not { } job || job.Workspace != _name) return;
        _job = job;
        StateHasChanged();
    });

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    public void Dispose() => Imports.Changed -= OnProgress;
}
