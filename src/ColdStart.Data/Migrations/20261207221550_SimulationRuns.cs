using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ColdStart.Data.Migrations
{
    /// <inheritdoc />
    public partial class SimulationRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "EvaluationRuns",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "evaluation");

            migrationBuilder.CreateTable(
                name: "ItemImpressions",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Impressions = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemImpressions", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_ItemImpressions_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRuns_Kind_StartedAt",
                table: "EvaluationRuns",
                columns: new[] { "Kind", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemImpressions");

            migrationBuilder.DropIndex(
                name: "IX_EvaluationRuns_Kind_StartedAt",
                table: "EvaluationRuns");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "EvaluationRuns");
        }
    }
}
