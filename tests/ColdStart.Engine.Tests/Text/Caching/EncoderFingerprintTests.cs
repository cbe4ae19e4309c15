using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Caching;

namespace ColdStart.Engine.Tests.Text.Caching;

public sealed class EncoderFingerprintTests
{
    [Fact]
    public void Same_files_and_settings_give_the_same_fingerprint_and_any_change_another()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllBytes(directory.File("m.onnx"), [1, 2, 3]);
        File.WriteAllText(directory.File("v.txt"), "[PAD]\n[UNK]\n");
        var options = new EncoderOptions(directory.File("m.onnx"), directory.File("v.txt"));
        string fingerprint = EncoderFingerprint.Compute(options, 64);

        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Equal(fingerprint, EncoderFingerprint.Compute(options with { ExecutionProvider = "cpu", BatchSize = 8 }, 64));
        Assert.NotEqual(fingerprint, EncoderFingerprint.Compute(options, 32));
        Assert.NotEqual(fingerprint, EncoderFingerprint.Compute(options with { MaxTokens = 128 }, 64));
        Assert.NotEqual(fingerprint, EncoderFingerprint.Compute(options with { LowerCase = false }, 64));

        File.WriteAllBytes(directory.File("m.onnx"), [1, 2, 4]);
        string retrained = EncoderFingerprint.Compute(options, 64);
        Assert.NotEqual(fingerprint, retrained);

        File.AppendAllText(directory.File("v.txt"), "word\n");
        Assert.NotEqual(retrained, EncoderFingerprint.Compute(options, 64));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var directory = new TemporaryDirectory();
        var options = new EncoderOptions(directory.File("missing.onnx"), directory.File("v.txt"));

        var error = Assert.Throws<FileNotFoundException>(() => EncoderFingerprint.Compute(options, 64));

        Assert.Contains("missing.onnx", error.Message, StringComparison.Ordinal);
    }
}
