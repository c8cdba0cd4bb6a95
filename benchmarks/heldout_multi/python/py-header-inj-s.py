import re
from django.http import HttpResponse

def export(request):
    name = request.GET.get("name", "export.csv")
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", name):
        name = "export.csv"
    response = HttpResponse("a,b\n1,2\n", content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="' + name + '"'
    return response
