import pandas as pd
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def import_dataset(request):
    upload = request.FILES["dataset"]
    df = pd.read_parquet(upload)
    summary = {
        "rows": len(df),
        "columns": list(df.columns),
        "nulls": {c: int(n) for c, n in df.isna().sum().items()},
    }
    return JsonResponse(summary)
