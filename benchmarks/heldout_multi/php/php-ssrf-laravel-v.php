<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class FeedImportController extends Controller
{
    public function store(Request $request)
    {
        $response = Http::timeout(5)->get($request->input('feed_url'));
        return ['items' => count($response->json('items', []))];
    }
}
