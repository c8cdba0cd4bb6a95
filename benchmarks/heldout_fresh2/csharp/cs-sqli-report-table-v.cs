using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var connString = builder.Configuration.GetConnectionString("Metrics");

app.MapGet("/reports/{metric}/count", async (string metric, DateTime since) =>
{
    await using var conn = new NpgsqlConnection(connString);
    await conn.OpenAsync();
    var table = "metric_" + metric;
    await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE recorded_at >= @since", conn);
    cmd.Parameters.AddWithValue("since", since);
    var count = (long)(await cmd.ExecuteScalarAsync())!;
    return Results.Ok(new { metric, count });
});

app.Run();
