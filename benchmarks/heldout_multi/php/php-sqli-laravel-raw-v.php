<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;

class UserListController extends Controller
{
    public function __invoke(Request $request)
    {
        $sort = $request->query('sort', 'name');
        return User::query()->orderByRaw($sort . ' ASC')->limit(50)->get();
    }
}
