using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using BenchmarkDotNet.Running;
using ColdStart.Benchmarks.Load;
using ColdStart.Workbench.Cli;

namespace ColdStart.Benchmarks;

/// <summary>
/// The benchmark project's command line, on System.CommandLine like the workbench's: no verb runs BenchmarkDotNet with
/// our flags (<c>--quick</c>, <c>--in-process</c>, <c>--default-jit</c>) and hands every other argument to it as is
/// (e.g. <c>--filter *Ranking*</c>); <c>training [--runs 3]</c> and <c>neighbours [sizes...]</c> are one-shot
/// measurements. Numbers use the workbench's <see cref="CliOption"/> rules (invariant culture); bad arguments print
/// one line each and exit with 2.
/// </summary>
internal static class BenchmarkCommandLine
{
    public const int UsageExitCode = 2;

    public static int Run(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is not HelpAction && parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine(error.SymbolResult is OptionResult { IdentifierTokenCount: > 1 } option
                    ? $"Option {option.Option.Name} is given twice."
                    : error.Message);
            }
            Console.Error.WriteLine("'--help' lists the verbs and options.");
            return UsageExitCode;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static Command Build()
    {
        var quick = new Option<bool>(BenchmarkConfig.QuickFlag) { Description = "5 iterations of 100 ms instead of 15 of 250 ms." };
        var inProcess = new Option<bool>(BenchmarkConfig.InProcessFlag) { Description = "Run every benchmark in this process (no generated-project build)." };
        var defaultJit = new Option<bool>(BenchmarkConfig.DefaultJitFlag) { Description = "Leave JIT tiering at the runtime's defaults." };
        var root = new Command("ColdStart.Benchmarks", "BenchmarkDotNet benchmarks; arguments other than ours go to BenchmarkDotNet (e.g. --filter '*Ranking*').")
        {
            quick, inProcess, defaultJit,
        };
        root.Options.Add(new HelpOption { Recursive = true });
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(parse =>
        {
            string[] rest = [.. parse.UnmatchedTokens];
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest,
                BenchmarkConfig.Create(parse.GetValue(quick), parse.GetValue(inProcess), parse.GetValue(defaultJit), rest.Contains("--artifacts")));
            return 0;
        });

        var runs = CliOption.Integer("--runs", "n", "Training runs, each in a fresh child process.", 3, minimum: 1);
        var once = new Option<bool>(TrainingMeasurement.OnceFlag) { Hidden = true };
        var training = new Command(TrainingMeasurement.Verb, "Measure the whole training on the default sample world (wall and peak memory).") { runs, once };
        training.SetAction(parse => TrainingMeasurement.Run(parse.GetValue(runs), parse.GetValue(once)));
        root.Subcommands.Add(training);

        var sizes = new Argument<IReadOnlyList<int>>("sizes")
        {
            Description = "Catalog sizes in items (default 100000 1000000).",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = result =>
            {
                var values = new List<int>();
                foreach (var token in result.Tokens)
                {
                    if (int.TryParse(token.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) && value >= 1)
                        values.Add(value);
                    else result.AddError($"neighbours: sizes are whole numbers of items ≥ 1; '{token.Value}' is not one.");
                }
                return values;
            },
        };
        var ease = new Option<bool>("--ease") { Description = "Time EASE's dense solve instead (default sizes 1000 2500 5000)." };
        var neighbours = new Command(NeighbourMeasurement.Verb, "Build the neighbour model and the TF-IDF index of synthetic catalogs; print wall time and bytes.") { sizes, ease };
        neighbours.SetAction(parse => parse.GetValue(ease)
            ? NeighbourMeasurement.RunEase(parse.GetValue(sizes) is { Count: > 0 } given ? given : [1000, 2500, 5000])
            : NeighbourMeasurement.Run(parse.GetValue(sizes) is { Count: > 0 } sized ? sized : [100_000, 1_000_000]));
        root.Subcommands.Add(neighbours);

        var texts = new Argument<int>("texts")
        {
            Description = "Item texts to encode (default 500).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => 500,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0) return 500;
                if (int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) && value >= 1)
                    return value;
                result.AddError($"pretrained-encoders: the number of texts is a whole number ≥ 1; '{result.Tokens[0].Value}' is not one.");
                return 0;
            },
        };
        var pretrained = new Command(PretrainedEncoderMeasurement.Verb, "Encode item texts with each pretrained encoder and the project encoder on the CPU; print texts/s.") { texts };
        pretrained.SetAction(parse => PretrainedEncoderMeasurement.Run(parse.GetValue(texts)));
        root.Subcommands.Add(pretrained);

        var rate = CliOption.Integer("--rate", "n", "Requests per second of the fixed-rate phase.", 200, minimum: 1);
        var seconds = CliOption.Integer("--seconds", "n", "Length of the fixed-rate phase in seconds.", 60, minimum: 1);
        var warmUp = CliOption.Integer("--warmup", "n", "Seconds at the same rate before the measured phase (not counted).", 5, minimum: 0);
        var clients = CliOption.Integer("--clients", "n", "Concurrent clients of the saturation phase (closed loop).", 32, minimum: 1);
        var saturation = CliOption.Integer("--saturation-seconds", "n", "Length of the saturation phase in seconds (0: none).", 15, minimum: 0);
        var url = CliOption.Text("--url", "url", "A running workbench to load instead of starting one (e.g. http://127.0.0.1:5000).");
        var key = CliOption.Text("--key", "key", "API key (X-Api-Key) for a --url server with accounts.");
        var permitLimit = CliOption.Integer("--permit-limit", "n", "Api:PermitLimit of the started workbench (requests per client per second).", 1_000_000, minimum: 1);
        var adHoc = new Option<bool>("--ad-hoc") { Description = "Send each persona's profile and each strategy's weights inline instead of their ids (no stored persona or strategy is read)." };
        var loadApi = new Command(ApiLoad.Verb, "POST /api/v1/recommendations at a fixed open-loop rate, then at saturation; print latency percentiles, errors and throughput.")
        {
            rate, seconds, warmUp, clients, saturation, url, key, permitLimit, adHoc,
        };
        loadApi.SetAction(parse => ApiLoad.Run(new ApiLoadSettings(parse.GetValue(rate), parse.GetValue(seconds), parse.GetValue(warmUp),
            parse.GetValue(clients), parse.GetValue(saturation), parse.GetValue(url), parse.GetValue(key), parse.GetValue(permitLimit), K: 10, parse.GetValue(adHoc))));
        root.Subcommands.Add(loadApi);

        var users = CliOption.Integers("--users", "n,n", "User counts measured one after another (default 1,5,10,20).", minimum: 1);
        var sliderSeconds = CliOption.Integer("--seconds", "n", "Seconds each user count moves sliders.", 60, minimum: 1);
        var sliderUrl = CliOption.Text("--url", "url", "A running workbench in single-user mode instead of starting one.");
        var loadSliders = new Command(SliderLoad.Verb, "N Chromium tabs on Compare each moving a weight slider every 1–2 s; print slider → DOM percentiles per user count.")
        {
            users, sliderSeconds, sliderUrl,
        };
        loadSliders.SetAction(parse => SliderLoad.Run(new SliderLoadSettings(
            parse.GetValue(users) is { Count: > 0 } given ? given : [1, 5, 10, 20], parse.GetValue(sliderSeconds), parse.GetValue(sliderUrl))));
        root.Subcommands.Add(loadSliders);
        return root;
    }
}
