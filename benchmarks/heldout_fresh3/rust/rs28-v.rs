use std::fs;
use std::io::Write;
use std::process::Command;

pub fn render_invoice(user_id: u64, html: &str) -> std::io::Result<Vec<u8>> {
    let html_path = std::env::temp_dir().join(format!("invoice-{user_id}.html"));
    let pdf_path = html_path.with_extension("pdf");
    {
        let mut f = fs::File::create(&html_path)?;
        f.write_all(html.as_bytes())?;
    }
    let status = Command::new("wkhtmltopdf")
        .arg("--quiet")
        .arg(&html_path)
        .arg(&pdf_path)
        .status()?;
    if !status.success() {
        return Err(std::io::Error::new(std::io::ErrorKind::Other, "wkhtmltopdf failed"));
    }
    let pdf = fs::read(&pdf_path)?;
    let _ = fs::remove_file(&html_path);
    let _ = fs::remove_file(&pdf_path);
    Ok(pdf)
}
