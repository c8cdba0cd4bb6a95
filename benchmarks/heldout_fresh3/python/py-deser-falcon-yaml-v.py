import falcon
import yaml

PIPELINES = {}


class PipelineResource:
    def on_post(self, req, resp, name):
        raw = req.bounded_stream.read()
        spec = yaml.load(raw, Loader=yaml.Loader)
        steps = spec.get("steps", [])
        PIPELINES[name] = steps
        resp.media = {"name": name, "steps": len(steps)}
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/pipelines/{name}", PipelineResource())
