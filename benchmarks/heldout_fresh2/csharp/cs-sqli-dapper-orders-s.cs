using System.Collections.Generic;
using System.Data;
using System.Threading.Tasks;
using Dapper;

public record OrderRow(int Id, string Customer, decimal Total, string Status);

public class OrderQueries
{
    private readonly IDbConnection _db;

    public OrderQueries(IDbConnection db) => _db = db;

    // Used by GET /orders?customer=...&from=... in the minimal API.
    public Task<IEnumerable<OrderRow>> SearchAsync(string customer, string fromDate)
    {
        const string sql = @"SELECT Id, Customer, Total, Status
                     FROM Orders
                     WHERE Customer = @customer AND CreatedAt >= @fromDate
                     ORDER BY CreatedAt DESC";
        return _db.QueryAsync<OrderRow>(sql, new { customer, fromDate });
    }
}

// app.MapGet("/orders", (string customer, string from, OrderQueries q) => q.SearchAsync(customer, from));
