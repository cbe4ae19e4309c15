using ColdStart.Benchmarks;

// dotnet run -c Release --project bench/ColdStart.Benchmarks -- [--quick] [--in-process] [--default-jit] [BenchmarkDotNet args, e.g. --filter *Ranking*]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- training [--runs 3]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- neighbours [--ease] [100000 1000000]
// dotnet run -c Release --project bench/ColdStart.Benchmarks -- pretrained-encoders [500]
// --help lists the verbs and options (see BenchmarkCommandLine).
return BenchmarkCommandLine.Run(args);
