<?php

namespace App\Http\Controllers;

use App\Models\Banner;
use App\Models\BannerClick;
use Illuminate\Http\Request;

class BannerClickController extends Controller
{
    public function __invoke(Request $request)
    {
        $banner = Banner::findOrFail((int) $request->query('banner'));
        BannerClick::create([
            'banner' => $banner->id,
            'ip'     => $request->ip(),
        ]);

        return redirect()->away($banner->target_url);
    }
}
