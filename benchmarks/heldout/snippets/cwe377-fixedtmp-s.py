import json
import tempfile


def cache_results(results):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(results, fh)
        return fh.name
