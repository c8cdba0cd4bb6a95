from django.http import HttpResponse


def greet(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<h1>Welcome back, " + name + "</h1>")
