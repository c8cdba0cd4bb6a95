<?php

namespace App\Http\Controllers;

use App\Models\BannerClick;
use Illuminate\Http\Request;

class BannerClickController extends Controller
{
    public function __invoke(Request $request)
    {
        $target = $request->query('to', '/');
        BannerClick::create([
            'banner' => (string) $request->query('banner'),
            'ip'     => $request->ip(),
        ]);

        return redirect()->away($target);
    }
}
