using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ColdStart.Data.Migrations
{
    /// <inheritdoc />
    public partial class AutoStrategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<float>(
                name: "ItemToItemWeight",
                table: "Strategies",
                type: "REAL",
                nullable: false,
                defaultValue: 0f);

            migrationBuilder.AddColumn<float>(
                name: "LexicalWeight",
                table: "Strategies",
                type: "REAL",
                nullable: false,
                defaultValue: 0f);

            migrationBuilder.AddColumn<string>(
                name: "NewItemsJson",
                table: "Strategies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleJson",
                table: "Strategies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TuningJson",
                table: "Strategies",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ItemToItemWeight",
                table: "Strategies");

            migrationBuilder.DropColumn(
                name: "LexicalWeight",
                table: "Strategies");

            migrationBuilder.DropColumn(
                name: "NewItemsJson",
                table: "Strategies");

            migrationBuilder.DropColumn(
                name: "ScheduleJson",
                table: "Strategies");

            migrationBuilder.DropColumn(
                name: "TuningJson",
                table: "Strategies");
        }
    }
}
