using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var connString = builder.Configuration.GetConnectionString("Metrics");
var tables = new Dictionary<string, string>
{
    ["signups"] = "metric_signups",
    ["logins"] = "metric_logins",
    ["checkouts"] = "metric_checkouts",
};

app.MapGet("/reports/{metric}/count", async (string metric, DateTime since) =>
{
    if (!tables.TryGetValue(metric, out var table))
        return Results.NotFound();
    await using var conn = new NpgsqlConnection(connString);
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE recorded_at >= @since", conn);
    cmd.Parameters.AddWithValue("since", since);
    var count = (long)(await cmd.ExecuteScalarAsync())!;
    return Results.Ok(new { metric, count });
});

app.Run();
