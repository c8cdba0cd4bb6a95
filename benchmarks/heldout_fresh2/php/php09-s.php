<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpClient\NoPrivateNetworkHttpClient;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class LinkPreviewController extends AbstractController
{
    private const ALLOWED_HOSTS = ['www.youtube.com', 'github.com', 'en.wikipedia.org', 'www.example.com'];

    public function __construct(private HttpClientInterface $http)
    {
    }

    #[Route('/api/link-preview', methods: ['GET'])]
    public function preview(Request $request): JsonResponse
    {
        $url = (string)$request->query->get('url', '');
        $parts = parse_url($url);
        if (!$parts || ($parts['scheme'] ?? '') !== 'https' || isset($parts['port']) || isset($parts['user'])
            || !in_array(strtolower($parts['host'] ?? ''), self::ALLOWED_HOSTS, true)) {
            return $this->json(['error' => 'host not allowed'], 400);
        }
        $client = new NoPrivateNetworkHttpClient($this->http);
        $html = $client->request('GET', $url, ['timeout' => 5, 'max_redirects' => 0])->getContent(false);
        preg_match('#<title[^>]*>(.*?)</title>#is', $html, $m);
        return $this->json(['url' => $url, 'title' => trim($m[1] ?? '')]);
    }
}
