<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ClickController extends Controller
{
    public function go(Request $request)
    {
        logger()->info('click');
        return redirect()->away($request->query('url'));
    }
}
