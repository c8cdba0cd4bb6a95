import subprocess
from django.http import HttpResponse


def ping(request):
    host = request.GET["host"]
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return HttpResponse(out, content_type="text/plain")
