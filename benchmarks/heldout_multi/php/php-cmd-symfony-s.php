<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Annotation\Route;

class PdfController
{
    #[Route('/pdf')]
    public function pdf(Request $request): Response
    {
        $page = $request->query->get('page');
        $process = new Process(['wkhtmltopdf', 'https://intranet.local/' . rawurlencode($page), '/tmp/out.pdf']);
        $process->run();
        return new Response($process->isSuccessful() ? 'ok' : 'failed');
    }
}
