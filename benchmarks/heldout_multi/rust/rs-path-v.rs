use axum::extract::Path;
use std::path::PathBuf;

pub async fn file(Path(name): Path<String>) -> Vec<u8> {
    let path = PathBuf::from("./public").join(name);
    tokio::fs::read(path).await.unwrap_or_default()
}
