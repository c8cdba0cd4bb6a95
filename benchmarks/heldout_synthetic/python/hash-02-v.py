import hashlib

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def hash_02(request):
    param = request.GET.get("input", "")

    bar = param
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            algorithm = "sha512"
        case "B":
            algorithm = "sha256"
        case "C" | "D":
            algorithm = "sha1"
        case _:
            algorithm = "sha256"

    fingerprint = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()
    return HttpResponse(f"Integrity fingerprint of your document: {fingerprint}", content_type="text/plain")
