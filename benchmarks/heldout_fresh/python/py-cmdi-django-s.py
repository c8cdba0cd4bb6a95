import ipaddress
import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def ping_host(request):
    """Ping an IP address given in ?target= and return the raw output."""
    raw = request.GET.get("target", "")
    try:
        target = str(ipaddress.ip_address(raw))
    except ValueError:
        return JsonResponse({"error": "target must be an IP address"}, status=400)
    proc = subprocess.run(
        ["ping", "-c", "3", "-W", "2", target],
        capture_output=True,
        text=True,
        timeout=15,
    )
    return JsonResponse({"exit": proc.returncode, "output": proc.stdout})
