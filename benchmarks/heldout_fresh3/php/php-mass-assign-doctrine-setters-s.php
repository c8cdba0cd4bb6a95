<?php

namespace App\Controller;

use App\Entity\Customer;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class CustomerController
{
    private const PATCHABLE = ['name', 'phone', 'shippingAddress', 'newsletter'];

    #[Route('/api/customers/{id}', methods: ['PATCH'])]
    public function patch(Customer $customer, Request $request, EntityManagerInterface $em): JsonResponse
    {
        $changes = array_intersect_key($request->toArray(), array_flip(self::PATCHABLE));
        foreach ($changes as $field => $value) {
            $setter = 'set' . ucfirst($field);
            if (method_exists($customer, $setter)) {
                $customer->$setter($value);
            }
        }
        $em->flush();
        return new JsonResponse(['id' => $customer->getId()]);
    }
}
