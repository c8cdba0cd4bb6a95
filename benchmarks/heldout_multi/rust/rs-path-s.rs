use axum::extract::Path;
use std::path::PathBuf;

pub async fn file(Path(name): Path<String>) -> Vec<u8> {
    let root = std::fs::canonicalize("./public").unwrap();
    let Ok(path) = std::fs::canonicalize(PathBuf::from(&root).join(name)) else { return Vec::new() };
    if !path.starts_with(&root) {
        return Vec::new();
    }
    tokio::fs::read(path).await.unwrap_or_default()
}
