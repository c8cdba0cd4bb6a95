using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

[ApiController]
[Route("api/[controller]")]
public class RecipesController : ControllerBase
{
    private readonly CookbookContext _db;

    public RecipesController(CookbookContext db) => _db = db;

    [HttpGet("search")]
    public async Task<ActionResult<List<Recipe>>> Search(string ingredient, int maxMinutes = 60)
    {
        var recipes = await _db.Recipes
            .FromSqlRaw($"SELECT * FROM Recipes WHERE Ingredients LIKE '%{ingredient}%' AND PrepMinutes <= {maxMinutes}")
            .AsNoTracking()
            .OrderBy(r => r.PrepMinutes)
            .Take(50)
            .ToListAsync();
        return recipes;
    }
}
