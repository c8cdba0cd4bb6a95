import os
import shutil
import zipfile

from django.http import JsonResponse
from django.views.decorators.http import require_POST

THEMES_ROOT = "/srv/cms/themes"


@require_POST
def upload_theme(request):
    archive = request.FILES["theme"]
    target = os.path.join(THEMES_ROOT, request.user.username)
    os.makedirs(target, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            dest = os.path.join(target, member.filename)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with zf.open(member) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(member.filename)
    return JsonResponse({"files": written})
