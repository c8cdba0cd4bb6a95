<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class PdfController
{
    #[Route('/pdf')]
    public function pdf(Request $request): Response
    {
        $page = $request->query->get('page');
        exec("wkhtmltopdf https://intranet.local/$page /tmp/out.pdf", $out, $code);
        return new Response($code === 0 ? 'ok' : 'failed');
    }
}
