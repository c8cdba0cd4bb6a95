from django.http import HttpResponseBadRequest, HttpResponseRedirect


def continue_to(request):
    target = request.GET.get("url", "")
    if target.startswith("https://shop.example.com"):
        return HttpResponseRedirect(target)
    return HttpResponseBadRequest("not allowed")
