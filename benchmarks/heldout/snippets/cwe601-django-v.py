from django.http import HttpResponseRedirect
from django.contrib.auth import logout


def sign_out(request):
    logout(request)
    return HttpResponseRedirect(request.GET["next"])
