from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def xss_03(request):
    param = request.GET.get("input", "")

    guess = "ABC"
    switch_target = guess[1]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "safe!"
        case "C" | "D":
            bar = param
        case _:
            bar = "safe!"

    return HttpResponse("<div class=\"note\">Your referral code: " + bar + "</div>")
