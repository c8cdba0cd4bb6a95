using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;

[ApiController]
[Route("api/customers")]
public class CustomersController : ControllerBase
{
    private readonly string _conn = "Server=db;Database=crm;Integrated Security=true";

    [HttpGet]
    public IActionResult ByCity(string city)
    {
        using var conn = new SqlConnection(_conn);
        conn.Open();
        var cmd = new SqlCommand("SELECT Name FROM Customers WHERE City = '" + city + "'", conn);
        var names = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) names.Add(reader.GetString(0));
        return Ok(names);
    }
}
