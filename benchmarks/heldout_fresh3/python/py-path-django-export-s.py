import os

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Export

EXPORT_DIR = "/var/app/exports"


@login_required
def download_export(request, export_id: int):
    export = get_object_or_404(Export, pk=export_id, owner=request.user)
    path = os.path.join(EXPORT_DIR, f"{export.pk}.csv")
    return FileResponse(open(path, "rb"), as_attachment=True,
                        filename=f"export-{export.pk}.csv")
