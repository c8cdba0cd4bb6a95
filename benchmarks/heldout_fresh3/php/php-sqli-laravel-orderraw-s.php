<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class JobController extends Controller
{
    private const SORTS = ['posted_at', 'salary', 'title'];

    public function index(Request $request)
    {
        $sort = in_array($request->query('sort'), self::SORTS, true) ? $request->query('sort') : 'posted_at';
        $dir = $request->query('dir') === 'asc' ? 'asc' : 'desc';

        $jobs = DB::table('jobs')
            ->where('status', 'open')
            ->orderByRaw("$sort $dir")
            ->limit(50)
            ->get(['id', 'title', 'salary', 'posted_at']);

        return response()->json($jobs);
    }
}
