<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Annotation\Route;

class ExportController
{
    #[Route('/exports/delete', methods: ['POST'])]
    public function delete(Request $request): JsonResponse
    {
        $name = basename($request->request->get('name'));
        unlink('/var/exports/' . $name);
        return new JsonResponse(['deleted' => $name]);
    }
}
