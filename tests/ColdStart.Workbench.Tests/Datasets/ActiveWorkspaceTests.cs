using ColdStart.Pretrained;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class ActiveWorkspaceTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();
    private readonly FakeLiveWorkspace _live = new("sample");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task A_second_switch_while_one_builds_is_refused_and_the_first_one_completes()
    {
        await PrepareAsync();
        var active = _fixture.ActiveOver(_live);
        _live.Hold = new TaskCompletionSource();

        var first = active.SwitchToAsync("shop");
        Assert.True(SpinWait.SpinUntil(() => active.Pending == "shop", TimeSpan.FromSeconds(5)));
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => active.SwitchToAsync("sample-2"));
        _live.Hold.SetResult();

        Assert.True(await first);
        Assert.Equal("The model is still switching to 'shop'; wait until it is ready.", second.Message);
        Assert.Equal(["shop"], _live.Switches);
        Assert.Equal(("shop", null), (active.Name, active.Pending));
    }

    [Fact]
    public async Task A_failed_build_keeps_the_old_workspace_and_saves_nothing()
    {
        await PrepareAsync();
        var active = _fixture.ActiveOver(_live);
        _live.Failure = "Building the model failed: out of memory";

        Assert.False(await active.SwitchToAsync("shop"));

        Assert.Equal("sample", active.Name);
        Assert.Equal("Building the model failed: out of memory", active.Status.Message);
        Assert.False(File.Exists(_fixture.Choice.Path));
    }

    [Fact]
    public async Task An_unknown_workspace_is_refused_without_calling_the_model()
    {
        await PrepareAsync();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => _fixture.ActiveOver(_live).SwitchToAsync("nope"));

        Assert.Equal("There is no workspace named 'nope'.", error.Message);
        Assert.Empty(_live.Switches);
    }

    [Fact]
    public async Task The_active_workspace_and_the_sample_cannot_be_deleted()
    {
        await PrepareAsync();
        var active = _fixture.ActiveOver(_live);
        await active.SwitchToAsync("shop");

        var activeError = await Assert.ThrowsAsync<InvalidOperationException>(() => active.DeleteAsync("shop"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => active.DeleteAsync("sample"));

        Assert.Equal("Workspace 'shop' is active; switch to another one before deleting it.", activeError.Message);
        Assert.Equal(3, (await _fixture.Workspaces.ListAsync()).Count);
    }

    [Fact]
    public async Task Deleting_a_workspace_removes_its_encoder_and_its_adapters_and_keeps_the_other_workspaces_files()
    {
        await PrepareAsync();
        var active = _fixture.ActiveOver(_live);
        var shop = WriteStoredFiles("shop");
        var other = WriteStoredFiles("sample-2");
        Assert.Equal(1 + 2 * PretrainedModels.All.Count, WorkspaceFiles.Of(_fixture.ContentRoot, _fixture.Database.Folder, "shop").Count);

        await active.DeleteAsync("shop");

        Assert.All(shop, path => Assert.False(File.Exists(path) || Directory.Exists(path), $"{path} should be deleted with its workspace"));
        Assert.Empty(WorkspaceFiles.Of(_fixture.ContentRoot, _fixture.Database.Folder, "shop"));
        Assert.All(other, path => Assert.True(File.Exists(path), $"{path} belongs to another workspace"));
        Assert.DoesNotContain(await _fixture.Workspaces.ListAsync(), w => w.Name == "shop");
    }

    /// <summary>
    /// Writes what the app stores for <paramref name="workspace"/>: its project encoder (model + vocabulary) in
    /// encoders/, and per pretrained encoder the adapter that a build or <c>train --adapter</c> writes, plus the
    /// temporary file an interrupted write leaves. Returns the files.
    /// </summary>
    private List<string> WriteStoredFiles(string workspace)
    {
        string encoders = WorkspaceEncoders.Folder(_fixture.Database.Folder, workspace);
        var files = new List<string> { Path.Combine(encoders, "encoder.onnx"), Path.Combine(encoders, "encoder.vocab.txt") };
        foreach (var model in PretrainedModels.All)
        {
            var baseModel = PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(_fixture.ContentRoot), model, model.Model);
            var adapter = EncoderChoice.AdapterPath(baseModel, workspace);
            files.Add(adapter);
            files.Add(Path.Combine(Path.GetDirectoryName(adapter)!, $".{Path.GetFileName(adapter)}.{Guid.NewGuid():N}.tmp"));
        }
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, workspace);
        }
        return files;
    }

    private async Task PrepareAsync()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        await _fixture.Store.SaveWorldAsync("sample-2", "csv", ShopCsv.Read("sample-2"));
    }
}
