<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class SitemapImportController
{
    // POST /admin/sitemap/import  (body: sitemap XML)
    #[Route('/admin/sitemap/import', methods: ['POST'])]
    public function import(Request $request): JsonResponse
    {
        $doc = new \DOMDocument();
        if (!$doc->loadXML($request->getContent(), LIBXML_NOENT | LIBXML_DTDLOAD)) {
            return new JsonResponse(['error' => 'invalid xml'], 400);
        }
        $urls = [];
        foreach ($doc->getElementsByTagName('loc') as $loc) {
            $urls[] = trim($loc->textContent);
        }
        return new JsonResponse(['count' => count($urls), 'urls' => array_slice($urls, 0, 20)]);
    }
}
