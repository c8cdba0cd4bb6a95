import re
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest

HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def ping(request):
    host = request.GET["host"]
    if not HOST.match(host):
        return HttpResponseBadRequest("bad host")
    out = subprocess.check_output(["ping", "-c", "1", host])
    return HttpResponse(out, content_type="text/plain")
