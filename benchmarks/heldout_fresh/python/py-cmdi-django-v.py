import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def ping_host(request):
    """Ping a host given in ?target= and return the raw output."""
    target = request.GET.get("target", "")
    if not target:
        return JsonResponse({"error": "target required"}, status=400)
    proc = subprocess.run(
        f"ping -c 3 -W 2 {target}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=15,
    )
    return JsonResponse({"exit": proc.returncode, "output": proc.stdout})
