using Microsoft.Data.SqlClient;

using var conn = new SqlConnection(Environment.GetEnvironmentVariable("SHOP_DB"));
conn.Open();
var count = new SqlCommand("SELECT COUNT(*) FROM Orders", conn).ExecuteScalar();
Console.WriteLine(count);
