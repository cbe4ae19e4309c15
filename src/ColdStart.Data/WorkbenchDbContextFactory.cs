using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ColdStart.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app (migrations, has-pending-model-changes).</summary>
internal sealed class WorkbenchDbContextFactory : IDesignTimeDbContextFactory<WorkbenchDbContext>
{
    public WorkbenchDbContext CreateDbContext(string[] args)
    {
        var path = args.Length > 0 ? args[0] : new DataOptions().DatabasePath;
        var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite($"Data Source={path}").Options;
        return new WorkbenchDbContext(options);
    }
}
