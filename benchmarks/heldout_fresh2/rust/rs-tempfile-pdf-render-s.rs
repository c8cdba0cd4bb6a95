use std::fs;
use std::io::Write;
use std::process::Command;

/// Renders an invoice HTML body to PDF with wkhtmltopdf and returns the bytes.
pub fn render_invoice_pdf(invoice_no: u64, html: &str) -> std::io::Result<Vec<u8>> {
    // Private 0700 directory with an unpredictable name, removed when `dir` is dropped.
    let dir = tempfile::Builder::new().prefix("invoice-").tempdir()?;
    let html_path = dir.path().join(format!("invoice-{invoice_no}.html"));
    let pdf_path = dir.path().join(format!("invoice-{invoice_no}.pdf"));

    let mut f = fs::File::create(&html_path)?;
    f.write_all(html.as_bytes())?;
    drop(f);

    let status = Command::new("wkhtmltopdf").arg("--quiet").arg(&html_path).arg(&pdf_path).status()?;
    if !status.success() {
        return Err(std::io::Error::new(std::io::ErrorKind::Other, "wkhtmltopdf failed"));
    }
    let pdf = fs::read(&pdf_path)?;
    Ok(pdf)
}
