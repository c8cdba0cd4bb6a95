import subprocess
import tempfile


def render_pdf(html: str) -> bytes:
    html_path = tempfile.mktemp(suffix=".html")
    pdf_path = tempfile.mktemp(suffix=".pdf")
    with open(html_path, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", html_path, pdf_path], check=True)
    with open(pdf_path, "rb") as fh:
        return fh.read()
