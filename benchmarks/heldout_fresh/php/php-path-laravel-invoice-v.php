<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::get('/invoices/download', function (Request $request) {
    $file = $request->query('file');
    $path = storage_path('app/invoices/' . $file);

    if (!file_exists($path)) {
        abort(404);
    }

    return response()->download($path);
})->middleware('auth');
