import os

from django.conf import settings
from django.http import FileResponse, Http404


def download_report(request):
    name = request.GET.get("file")
    if not name:
        raise Http404()
    path = os.path.join(settings.MEDIA_ROOT, "reports", name)
    if not os.path.exists(path):
        raise Http404()
    return FileResponse(open(path, "rb"), as_attachment=True)
