<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Twig\Environment;

class GuestbookController
{
    public function __construct(private Environment $twig) {}

    #[Route('/guestbook/preview', methods: ['POST'])]
    public function preview(Request $request): Response
    {
        $tpl = $this->twig->createTemplate(
            '<blockquote>{{ message|nl2br }}</blockquote><cite>{{ author }}</cite>'
        );
        return new Response($tpl->render([
            'message' => $request->request->get('message', ''),
            'author'  => $request->request->get('author', 'anonymous'),
        ]));
    }
}
