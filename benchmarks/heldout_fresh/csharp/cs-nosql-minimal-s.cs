using MongoDB.Bson;
using MongoDB.Driver;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var devices = new MongoClient(builder.Configuration["Mongo:Url"]).GetDatabase("iot").GetCollection<BsonDocument>("devices");

app.MapGet("/devices", async (string site) =>
{
    var filter = Builders<BsonDocument>.Filter.Eq("site", site)
               & Builders<BsonDocument>.Filter.Eq("decommissioned", false);
    var found = await devices.Find(filter).Limit(200).ToListAsync();
    return Results.Ok(found.Select(d => d["serial"].AsString));
});

app.Run();
