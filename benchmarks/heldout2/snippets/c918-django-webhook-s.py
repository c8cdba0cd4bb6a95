import json
from urllib.parse import urlparse

import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def register_webhook(request):
    payload = json.loads(request.body)
    callback = payload["callback_url"]
    parts = urlparse(callback)
    if parts.scheme != "https" or parts.hostname not in settings.WEBHOOK_ALLOWED_HOSTS:
        return JsonResponse({"error": "callback host not allowed"}, status=400)
    probe = requests.post(callback, json={"event": "ping"}, timeout=3, allow_redirects=False)
    return JsonResponse({"callback": callback, "status": probe.status_code})
