use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use std::path::{Component, Path, PathBuf};

#[derive(Deserialize)]
pub struct FileQuery {
    file: String,
}

pub async fn asset(Query(q): Query<FileQuery>) -> Result<Vec<u8>, StatusCode> {
    let rel = Path::new(&q.file);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let path = PathBuf::from("./public").join(rel);
    tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)
}
