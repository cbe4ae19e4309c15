using ColdStart.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Configuration;

/// <summary>
/// ASP.NET Core Identity's tables (<c>AspNetUsers</c>, <c>AspNetRoles</c>, …) in the workbench's own context, mapped as
/// <c>IdentityDbContext</c> maps them (schema version 1). The context cannot derive from <c>IdentityDbContext</c>: its
/// <c>Users</c> set is the shop's visitors. Identity's EF stores need only <c>Set&lt;T&gt;()</c> of these types.
/// </summary>
internal static class IdentitySchema
{
    private const int NameLength = 256;
    private const int WorkspaceNameLength = 200;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Account>(b =>
        {
            b.ToTable("AspNetUsers");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(NameLength);
            b.Property(u => u.Email).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(NameLength);
            b.Property(u => u.ActiveWorkspace).HasMaxLength(WorkspaceNameLength);
            b.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        builder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("AspNetUserClaims");
            b.HasKey(c => c.Id);
        });
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("AspNetUserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("AspNetUserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        });
        builder.Entity<IdentityRole>(b =>
        {
            b.ToTable("AspNetRoles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(NameLength);
            b.Property(r => r.NormalizedName).HasMaxLength(NameLength);
            b.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });
        builder.Entity<IdentityRoleClaim<string>>(b =>
        {
            b.ToTable("AspNetRoleClaims");
            b.HasKey(c => c.Id);
        });
        builder.Entity<IdentityUserRole<string>>(b =>
        {
            b.ToTable("AspNetUserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
