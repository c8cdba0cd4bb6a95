import json

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def register_webhook(request):
    payload = json.loads(request.body)
    callback = payload["callback_url"]
    probe = requests.post(callback, json={"event": "ping"}, timeout=3)
    return JsonResponse({"callback": callback, "status": probe.status_code})
