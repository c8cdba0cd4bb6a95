from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    next_url = request.GET.get("next") or request.POST.get("next") or "/"
    if request.method == "POST":
        user = authenticate(
            request,
            username=request.POST.get("username"),
            password=request.POST.get("password"),
        )
        if user is not None:
            login(request, user)
            return redirect(next_url)
        return render(request, "login.html", {"error": "Invalid credentials", "next": next_url})
    return render(request, "login.html", {"next": next_url})
