from jinja2 import Environment
from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.view import view_config

env = Environment()


@view_config(route_name="render_email", request_method="POST")
def render_email(request):
    source = request.POST["body"]
    context = {"user": request.POST.get("user", "customer")}
    return Response(env.from_string(source).render(**context))


def main():
    with Configurator() as config:
        config.add_route("render_email", "/emails/render")
        config.scan()
        return config.make_wsgi_app()
