using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

// Member: Id, Email, FullName, Phone, IsStaff, MembershipLevel, CreditBalance
[Authorize]
public class MembersController : Controller
{
    private readonly GymContext _db;

    public MembersController(GymContext db) => _db = db;

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EditProfile()
    {
        var me = await _db.Members.SingleAsync(m => m.Email == User.Identity!.Name);
        if (!await TryUpdateModelAsync(me, "", m => m.FullName, m => m.Phone))
            return View(me);
        await _db.SaveChangesAsync();
        return RedirectToAction("Profile");
    }
}
