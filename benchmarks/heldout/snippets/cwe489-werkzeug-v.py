from werkzeug.serving import run_simple
from myapp import create_app

if __name__ == "__main__":
    run_simple("0.0.0.0", 5000, create_app(), use_debugger=True, use_reloader=True)
