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
        $process = Process::fromShellCommandline('git -C /srv/app log --oneline -n 20 ' . $branch);
        $process->run();

        return new Response('<pre>' . htmlspecialchars($process->getOutput()) . '</pre>');
    }
}
