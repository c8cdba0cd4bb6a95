from django.http import HttpResponse
from django.template import Context, Template


def render_note(request):
    source = request.POST["note"]
    return HttpResponse(Template(source).render(Context({"user": request.user})))
