use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
pub struct FileQuery {
    file: String,
}

pub async fn asset(Query(q): Query<FileQuery>) -> Result<Vec<u8>, StatusCode> {
    let path = PathBuf::from("./public").join(&q.file);
    tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)
}
