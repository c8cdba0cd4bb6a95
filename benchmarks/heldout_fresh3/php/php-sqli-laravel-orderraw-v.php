<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class JobController extends Controller
{
    public function index(Request $request)
    {
        $sort = $request->query('sort', 'posted_at');
        $dir = $request->query('dir', 'desc');

        $jobs = DB::table('jobs')
            ->where('status', 'open')
            ->orderByRaw("$sort $dir")
            ->limit(50)
            ->get(['id', 'title', 'salary', 'posted_at']);

        return response()->json($jobs);
    }
}
