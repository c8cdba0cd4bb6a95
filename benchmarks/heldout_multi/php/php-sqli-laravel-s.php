<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class PostController extends Controller
{
    public function index(Request $request)
    {
        $author = $request->input('author');
        $posts = DB::select('SELECT id, title FROM posts WHERE author = ? ORDER BY created_at DESC', [$author]);
        return response()->json($posts);
    }
}
