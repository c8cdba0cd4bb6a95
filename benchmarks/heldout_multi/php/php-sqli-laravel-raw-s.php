<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;

class UserListController extends Controller
{
    private const SORTABLE = ['name', 'email', 'created_at'];

    public function __invoke(Request $request)
    {
        $sort = $request->query('sort', 'name');
        if (!in_array($sort, self::SORTABLE, true)) {
            $sort = 'name';
        }
        return User::query()->orderByRaw($sort . ' ASC')->limit(50)->get();
    }
}
