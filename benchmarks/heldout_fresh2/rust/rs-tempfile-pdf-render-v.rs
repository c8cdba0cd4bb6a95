use std::fs;
use std::io::Write;
use std::process::Command;

/// Renders an invoice HTML body to PDF with wkhtmltopdf and returns the bytes.
pub fn render_invoice_pdf(invoice_no: u64, html: &str) -> std::io::Result<Vec<u8>> {
    let html_path = format!("/tmp/invoice-{invoice_no}.html");
    let pdf_path = format!("/tmp/invoice-{invoice_no}.pdf");

    let mut f = fs::File::create(&html_path)?;
    f.write_all(html.as_bytes())?;
    drop(f);

    let status = Command::new("wkhtmltopdf").arg("--quiet").arg(&html_path).arg(&pdf_path).status()?;
    if !status.success() {
        return Err(std::io::Error::new(std::io::ErrorKind::Other, "wkhtmltopdf failed"));
    }
    let pdf = fs::read(&pdf_path)?;
    let _ = fs::remove_file(&html_path);
    let _ = fs::remove_file(&pdf_path);
    Ok(pdf)
}
