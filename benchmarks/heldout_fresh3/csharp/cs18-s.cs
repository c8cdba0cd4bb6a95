using MongoDB.Bson;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(builder.Configuration.GetConnectionString("Mongo")));
var app = builder.Build();

app.MapGet("/api/devices", async (string site, string? status, IMongoClient mongo) =>
{
    var devices = mongo.GetDatabase("fleet").GetCollection<BsonDocument>("devices");
    var f = Builders<BsonDocument>.Filter;
    var filter = f.Eq("site", site) & f.Eq("status", status ?? "online");
    var list = await devices.Find(filter)
        .Project(Builders<BsonDocument>.Projection.Exclude("_id").Exclude("apiSecret"))
        .Limit(200)
        .ToListAsync();
    return Results.Text(list.ToJson(), "application/json");
});

app.Run();
