using Dapper;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

public class OrderRepository
{
    private readonly string _cs;
    public OrderRepository(string cs) { _cs = cs; }

    public dynamic? Find(string reference)
    {
        using var db = new NpgsqlConnection(_cs);
        return db.QueryFirstOrDefault("SELECT * FROM orders WHERE reference = @reference", new { reference });
    }
}

[ApiController]
public class OrdersController : ControllerBase
{
    private readonly OrderRepository _repo = new("Host=db;Database=shop");

    [HttpGet("orders/{reference}")]
    public IActionResult Get(string reference) => Ok(_repo.Find(reference));
}
