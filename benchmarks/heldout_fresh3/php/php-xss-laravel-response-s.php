<?php

use App\Models\Article;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::get('/fragments/search', function (Request $request) {
    $q = (string) $request->query('q', '');
    $hits = Article::where('title', 'like', '%' . $q . '%')->limit(10)->pluck('title');

    $html = '<p class="summary">' . $hits->count() . ' results for "' . e($q) . '"</p><ul>';
    foreach ($hits as $title) {
        $html .= '<li>' . e($title) . '</li>';
    }
    $html .= '</ul>';

    return response($html)->header('Content-Type', 'text/html');
});
