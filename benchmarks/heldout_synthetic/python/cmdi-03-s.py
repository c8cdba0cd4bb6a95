import subprocess

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def cmdi_03(request):
    param = request.COOKIES.get("input", "noCookieValueSupplied")

    values_list = ["safe"]
    values_list.append(param)
    values_list.append("safe!")
    values_list.pop(0)  # drop the first entry
    bar = values_list[1]

    output = subprocess.check_output(f"ls -l /var/app/reports/{bar}", shell=True, text=True)
    return HttpResponse(output, content_type="text/plain")
