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
    public async Task<IActionResult> EditProfile(Member form)
    {
        var me = await _db.Members.SingleAsync(m => m.Email == User.Identity!.Name);
        form.Id = me.Id;
        form.Email = me.Email;
        _db.Entry(me).CurrentValues.SetValues(form);
        await _db.SaveChangesAsync();
        return RedirectToAction("Profile");
    }
}
