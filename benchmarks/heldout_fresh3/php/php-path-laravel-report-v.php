<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ReportDownloadController extends Controller
{
    public function __invoke(Request $request)
    {
        $file = $request->input('file');
        $path = storage_path('app/reports/' . $file);

        abort_unless(is_file($path), 404);

        return response()->download($path);
    }
}
