from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_profile(user):
    template = env.get_template("profile.html")
    return template.render(
        name=user["display_name"],
        bio=user["bio"],
        website=user.get("website", ""),
    )
