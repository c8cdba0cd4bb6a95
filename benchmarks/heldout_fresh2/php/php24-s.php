<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;

// User model declares: protected $guarded = [];  (columns include name, bio, avatar_url, is_admin, balance)
class ProfileController extends Controller
{
    // PUT /profile
    public function update(Request $request)
    {
        $data = $request->validate([
            'name' => 'sometimes|string|max:100',
            'bio' => 'sometimes|nullable|string|max:1000',
            'avatar_url' => 'sometimes|nullable|url',
        ]);

        $user = $request->user();
        $user->fill($data);
        $user->save();

        return response()->json($user->only(['id', 'name', 'bio', 'avatar_url']));
    }
}
