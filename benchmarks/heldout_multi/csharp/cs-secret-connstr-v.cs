using Microsoft.Data.SqlClient;

using var conn = new SqlConnection("Server=sql.prod;Database=shop;User Id=sa;Password=Sup3rS3cret!;");
conn.Open();
var count = new SqlCommand("SELECT COUNT(*) FROM Orders", conn).ExecuteScalar();
Console.WriteLine(count);
