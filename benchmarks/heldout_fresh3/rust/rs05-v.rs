use axum::{extract::Path, http::StatusCode};
use tokio::process::Command;

pub async fn port_status(Path(port): Path<String>) -> Result<String, StatusCode> {
    let script = format!("ss -ltn | awk '{{print $4}}' | grep -q ':{}$'", port);
    let status = Command::new("/bin/sh")
        .arg("-c")
        .arg(&script)
        .status()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(if status.success() {
        format!("port {} is listening\n", port)
    } else {
        format!("port {} is free\n", port)
    })
}
