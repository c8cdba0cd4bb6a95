<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;

class HistoryController extends AbstractController
{
    public function log(Request $request): Response
    {
        $branch = $request->query->get('branch', 'main');
        if (!preg_match('~^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$~', $branch)) {
            return new Response('bad branch', 400);
        }
        $process = new Process(['git', '-C', '/srv/app', 'log', '--oneline', '-n', '20', $branch, '--']);
        $process->run();

        return new Response('<pre>' . htmlspecialchars($process->getOutput()) . '</pre>');
    }
}
