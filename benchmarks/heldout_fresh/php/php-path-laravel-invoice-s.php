<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::get('/invoices/download', function (Request $request) {
    $base = realpath(storage_path('app/invoices'));
    $path = realpath($base . DIRECTORY_SEPARATOR . $request->query('file'));

    if ($path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR)) {
        abort(404);
    }

    return response()->download($path);
})->middleware('auth');
