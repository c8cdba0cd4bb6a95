<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class TaskController extends Controller
{
    public function store(Request $request)
    {
        $options = unserialize($request->input('options'));
        return ['queued' => true, 'priority' => $options['priority'] ?? 'normal'];
    }
}
