import urllib.parse
from pathlib import Path

from django.http import FileResponse, Http404
from django.views.decorators.http import require_http_methods

UPLOAD_DIR = "/var/app/uploads"


@require_http_methods(["GET", "POST"])
def path_02(request):
    param = request.META.get("HTTP_X_INPUT", "")
    param = urllib.parse.unquote(param)

    num = 86
    bar = "safe!" if (7 * 42) - num > 200 else param

    target = Path(UPLOAD_DIR) / bar
    if not target.is_file():
        raise Http404("no such upload")
    return FileResponse(open(target, "rb"), as_attachment=True)
