import json
import urllib.request

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Integration


def post_json(url: str, payload: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status


@require_POST
def test_webhook(request):
    integ = Integration.objects.get(owner=request.user, kind="slack")
    target = "https://hooks.slack.com/services/" + integ.token_path
    status = post_json(target, {"event": "ping", "source": "settings"})
    return JsonResponse({"delivered": status < 300, "status": status})
