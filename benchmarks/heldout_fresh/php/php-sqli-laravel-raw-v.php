<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $status = $request->input('status', 'open');
        $userId = $request->user()->id;

        $invoices = DB::select(
            "SELECT id, amount, due_date FROM invoices WHERE user_id = $userId AND status = '$status'"
        );

        return response()->json($invoices);
    }
}
