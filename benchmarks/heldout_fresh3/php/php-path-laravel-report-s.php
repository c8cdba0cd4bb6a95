<?php

namespace App\Http\Controllers;

use App\Models\Report;
use Illuminate\Http\Request;

class ReportDownloadController extends Controller
{
    public function __invoke(Request $request, Report $report)
    {
        abort_unless($report->user_id === $request->user()->id, 403);
        $path = storage_path('app/reports/' . $report->id . '.pdf');

        abort_unless(is_file($path), 404);

        return response()->download($path, "report-{$report->id}.pdf");
    }
}
