from jinja2 import FileSystemLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.view import view_config

env = SandboxedEnvironment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


@view_config(route_name="render_email", request_method="POST")
def render_email(request):
    context = {"user": request.POST.get("user", "customer")}
    return Response(env.get_template("email.html").render(**context))


def main():
    with Configurator() as config:
        config.add_route("render_email", "/emails/render")
        config.scan()
        return config.make_wsgi_app()
