import json


def cache_results(results):
    with open("/tmp/results_cache.json", "w") as fh:
        json.dump(results, fh)
