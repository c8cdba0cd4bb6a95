<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Attribute\Route;

class PreviewController extends AbstractController
{
    #[Route('/videos/{id<\d+>}/preview', methods: ['GET'])]
    public function preview(int $id, Request $request): BinaryFileResponse
    {
        $at = $request->query->get('at', '00:00:01');
        $src = "/srv/videos/$id.mp4";
        $out = "/srv/previews/$id.jpg";
        $process = Process::fromShellCommandline("ffmpeg -y -ss $at -i $src -frames:v 1 $out");
        $process->mustRun();

        return new BinaryFileResponse($out);
    }
}
