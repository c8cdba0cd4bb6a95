<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class LinkPreviewController extends AbstractController
{
    public function __construct(private HttpClientInterface $http)
    {
    }

    #[Route('/api/link-preview', methods: ['GET'])]
    public function preview(Request $request): JsonResponse
    {
        $url = (string)$request->query->get('url', '');
        if (!preg_match('#^https?://#i', $url)) {
            return $this->json(['error' => 'invalid url'], 400);
        }
        $html = $this->http->request('GET', $url, ['timeout' => 5])->getContent(false);
        preg_match('#<title[^>]*>(.*?)</title>#is', $html, $m);
        return $this->json(['url' => $url, 'title' => trim($m[1] ?? '')]);
    }
}
