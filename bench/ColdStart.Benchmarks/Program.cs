using BenchmarkDotNet.Running;
using ColdStart.Benchmarks;

// dotnet run -c Release --project bench/ColdStart.Benchmarks -- [--quick] [--in-process] [BenchmarkDotNet args, e.g. --filter *Ranking*]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- training [--runs 3]
if (args.Length > 0 && args[0] == TrainingMeasurement.Verb)
    return TrainingMeasurement.Run(args[1..]);

bool quick = args.Contains(BenchmarkConfig.QuickFlag);
bool inProcess = args.Contains(BenchmarkConfig.InProcessFlag);
var rest = args.Where(a => a is not (BenchmarkConfig.QuickFlag or BenchmarkConfig.InProcessFlag)).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest, BenchmarkConfig.Create(quick, inProcess, rest.Contains("--artifacts")));
return 0;
