using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;
using MongoDB.Driver;

[ApiController]
[Route("api/events")]
public class EventsController : ControllerBase
{
    private readonly IMongoCollection<BsonDocument> _events;

    public EventsController(IMongoDatabase db) => _events = db.GetCollection<BsonDocument>("events");

    [HttpGet]
    public async Task<List<BsonDocument>> ForOwner([FromHeader(Name = "X-Owner")] string owner, [FromQuery] string city)
    {
        var f = Builders<BsonDocument>.Filter;
        var filter = f.Eq("owner", owner) & f.Eq("city", city) & f.Eq("deleted", false);
        return await _events.Find(filter).Limit(100).ToListAsync();
    }
}
