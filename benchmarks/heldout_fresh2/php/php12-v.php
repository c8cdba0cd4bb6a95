<?php

namespace App\Http\Controllers;

use App\Models\Invitation;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Mail;
use App\Mail\TeamInvite;

class InvitationController extends Controller
{
    // POST /teams/{team}/invitations  { "email": "..." }
    public function store(Request $request, int $team)
    {
        $data = $request->validate(['email' => 'required|email']);
        $code = substr(md5(uniqid((string)mt_rand(), true)), 0, 20);

        $invite = Invitation::create([
            'team_id' => $team,
            'email' => $data['email'],
            'code' => $code,
            'expires_at' => now()->addDays(3),
        ]);
        Mail::to($data['email'])->send(new TeamInvite(url('/join/' . $code)));

        return response()->json(['id' => $invite->id], 201);
    }
}
