use axum::{extract::Path, http::StatusCode};
use std::path::{Component, PathBuf};

const ROOT: &str = "./attachments";

fn resolve(name: &str) -> Option<PathBuf> {
    let rel = PathBuf::from(name);
    if rel.as_os_str().is_empty() {
        return None;
    }
    Some(PathBuf::from(ROOT).join(rel))
}

pub async fn attachment(Path(name): Path<String>) -> Result<Vec<u8>, StatusCode> {
    let path = resolve(&name).ok_or(StatusCode::BAD_REQUEST)?;
    tokio::fs::read(&path)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)
}

#[allow(dead_code)]
fn is_plain(c: &Component<'_>) -> bool {
    matches!(c, Component::Normal(_))
}
