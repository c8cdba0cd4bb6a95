use axum::{
    extract::Path,
    http::{header, StatusCode},
    response::IntoResponse,
};
use std::path::PathBuf;

const AVATAR_DIR: &str = "/var/lib/forum/avatars";

// Router: .route("/avatars/*name", get(avatar))
pub async fn avatar(Path(name): Path<String>) -> impl IntoResponse {
    let root = match tokio::fs::canonicalize(AVATAR_DIR).await {
        Ok(r) => r,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let path = match tokio::fs::canonicalize(PathBuf::from(&root).join(&name)).await {
        Ok(p) if p.starts_with(&root) => p,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => {
            let mime = if name.ends_with(".png") { "image/png" } else { "image/jpeg" };
            ([(header::CONTENT_TYPE, mime)], bytes).into_response()
        }
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
