import os

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

EXPORT_DIR = "/var/app/exports"


@login_required
def download_export(request):
    filename = request.GET.get("file", "")
    path = os.path.join(EXPORT_DIR, filename)
    if not os.path.exists(path):
        raise Http404("no such export")
    return FileResponse(open(path, "rb"), as_attachment=True,
                        filename=os.path.basename(path))
