import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def cipher_03(request):
    param = request.POST.get("input", "")

    parts = []
    parts.append(param)
    bar = "".join(parts)

    key = os.urandom(32)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)
    return HttpResponse(f"Sensitive value encrypted and stored: {len(ciphertext)} bytes", content_type="text/plain")
