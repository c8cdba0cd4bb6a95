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

        return new RedirectResponse($target);
    }
}
