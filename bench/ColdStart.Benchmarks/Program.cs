using BenchmarkDotNet.Running;
using ColdStart.Benchmarks;

// dotnet run -c Release --project bench/ColdStart.Benchmarks -- [--quick] [--in-process] [--default-jit] [BenchmarkDotNet args, e.g. --filter *Ranking*]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- training [--runs 3]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- neighbours [100000 1000000]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- pretrained-encoders [500]
if (args.Length > 0 && args[0] == TrainingMeasurement.Verb)
    return TrainingMeasurement.Run(args[1..]);
if (args.Length > 0 && args[0] == NeighbourMeasurement.Verb)
    return NeighbourMeasurement.Run(args[1..]);
if (args.Length > 0 && args[0] == PretrainedEncoderMeasurement.Verb)
    return PretrainedEncoderMeasurement.Run(args[1..]);

bool quick = args.Contains(BenchmarkConfig.QuickFlag);
bool inProcess = args.Contains(BenchmarkConfig.InProcessFlag);
bool defaultJit = args.Contains(BenchmarkConfig.DefaultJitFlag);
var rest = args.Where(a => a is not (BenchmarkConfig.QuickFlag or BenchmarkConfig.InProcessFlag or BenchmarkConfig.DefaultJitFlag)).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest, BenchmarkConfig.Create(quick, inProcess, defaultJit, rest.Contains("--artifacts")));
return 0;
