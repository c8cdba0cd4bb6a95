<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ProfileController extends Controller
{
    public function update(Request $request)
    {
        $request->validate([
            'name'  => 'required|string|max:100',
            'email' => 'required|email',
        ]);

        $user = $request->user();
        $user->forceFill($request->except(['_token', '_method']))->save();

        return back()->with('status', 'Profile updated');
    }
}
