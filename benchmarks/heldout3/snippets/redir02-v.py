from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    logout(request)
    target = request.GET.get("next", "/")
    return HttpResponseRedirect(target)
