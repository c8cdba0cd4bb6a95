<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class BackupController extends Controller
{
    // POST /admin/backups  { "database": "crm", "keep_days": 7 }
    public function store(Request $request)
    {
        $database = $request->input('database', 'app');
        $keepDays = $request->input('keep_days', 7);
        $file = storage_path('backups/' . date('Ymd_His') . '.sql.gz');

        $cmd = "mysqldump --single-transaction {$database} | gzip > {$file}"
             . " && find " . storage_path('backups') . " -name '*.sql.gz' -mtime +{$keepDays} -delete";
        exec($cmd, $out, $code);

        if ($code !== 0) {
            return response()->json(['error' => 'backup failed'], 500);
        }
        return response()->json(['file' => basename($file)], 201);
    }
}
