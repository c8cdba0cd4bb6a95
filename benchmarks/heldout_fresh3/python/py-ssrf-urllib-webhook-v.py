import json
import urllib.request

from django.http import JsonResponse
from django.views.decorators.http import require_POST


def post_json(url: str, payload: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status


@require_POST
def test_webhook(request):
    target = request.POST.get("webhook_url", "")
    status = post_json(target, {"event": "ping", "source": "settings"})
    return JsonResponse({"delivered": status < 300, "status": status})
