<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::get('/badge', function (Request $request) {
    $display = $request->input('display', 'anonymous');
    return response('<span class="badge">' . $display . '</span>')->header('Content-Type', 'text/html');
});
