<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;

class LogoutController
{
    public function __invoke(Request $request): RedirectResponse
    {
        $request->getSession()->invalidate();
        $target = $request->query->get('return', '/');
        if (!preg_match('~^/(?![/\\\\])~', $target) || parse_url($target, PHP_URL_HOST) !== null) {
            $target = '/';
        }

        return new RedirectResponse($target);
    }
}
