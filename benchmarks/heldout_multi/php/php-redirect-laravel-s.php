<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ClickController extends Controller
{
    private const PARTNERS = ['shop.partner.com', 'travel.partner.com'];

    public function go(Request $request)
    {
        $url = $request->query('url');
        if (!in_array(parse_url($url, PHP_URL_HOST), self::PARTNERS, true)) {
            abort(400);
        }
        logger()->info('click');
        return redirect()->away($url);
    }
}
