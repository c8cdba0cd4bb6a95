using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

public class Member
{
    public int Id { get; set; }
    public string DisplayName { get; set; } = "";
    public string Bio { get; set; } = "";
    public bool IsModerator { get; set; }
    public bool IsVerified { get; set; }
}

[Authorize]
[ApiController]
[Route("api/members/me")]
public class MemberProfileController : ControllerBase
{
    private readonly ForumContext _db;

    public MemberProfileController(ForumContext db) => _db = db;

    [HttpPut]
    public async Task<IActionResult> Update([FromBody] Member input)
    {
        input.Id = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        _db.Members.Update(input);
        await _db.SaveChangesAsync();
        return NoContent();
    }
}
