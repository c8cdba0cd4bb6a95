using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;
using MongoDB.Driver;

[Authorize]
[ApiController]
[Route("api/events")]
public class EventsController : ControllerBase
{
    private readonly IMongoCollection<BsonDocument> _events;

    public EventsController(IMongoDatabase db) => _events = db.GetCollection<BsonDocument>("events");

    [HttpGet("mine")]
    public async Task<List<BsonDocument>> Mine([FromQuery] string city)
    {
        var owner = User.Identity!.Name!;
        var f = Builders<BsonDocument>.Filter;
        var filter = f.Eq("owner", owner) & f.Eq("city", city) & f.Ne("deleted", true);
        return await _events.Find(filter).Limit(100).ToListAsync();
    }
}
