from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404


def download_report(request):
    name = request.GET.get("file")
    if not name:
        raise Http404()
    base = (Path(settings.MEDIA_ROOT) / "reports").resolve()
    path = (base / name).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        raise Http404()
    return FileResponse(path.open("rb"), as_attachment=True)
