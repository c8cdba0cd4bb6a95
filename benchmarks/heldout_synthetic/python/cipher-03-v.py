import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def cipher_03(request):
    param = request.POST.get("input", "")

    parts = []
    parts.append(param)
    bar = "".join(parts)

    key = os.urandom(32)
    padder = padding.PKCS7(128).padder()
    data = padder.update(bar.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    ciphertext = encryptor.update(data) + encryptor.finalize()
    return HttpResponse(f"Sensitive value encrypted and stored: {len(ciphertext)} bytes", content_type="text/plain")
