<?php

namespace App\Controller;

use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class CouponController
{
    public function apply(Request $request, LoggerInterface $logger): Response
    {
        $code = str_replace(["\r", "\n"], '', (string) $request->request->get('code'));
        $logger->warning('invalid coupon {code}', ['code' => $code]);
        return new Response('invalid', 400);
    }
}
