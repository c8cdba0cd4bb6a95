import subprocess
import tempfile
from pathlib import Path


def render_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "report.html"
        pdf_path = Path(tmp) / "report.pdf"
        html_path.write_text(html)
        subprocess.run(["wkhtmltopdf", str(html_path), str(pdf_path)], check=True)
        return pdf_path.read_bytes()
