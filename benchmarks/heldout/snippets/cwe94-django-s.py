from django.http import HttpResponse
from django.template import loader


def render_note(request):
    note = request.POST["note"]
    page = loader.get_template("note.html")
    return HttpResponse(page.render({"note": note, "user": request.user}, request))
