<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ProfileController extends Controller
{
    public function update(Request $request)
    {
        $data = $request->validate([
            'name'  => 'required|string|max:100',
            'email' => 'required|email',
        ]);

        $user = $request->user();
        $user->forceFill($data)->save();

        return back()->with('status', 'Profile updated');
    }
}
