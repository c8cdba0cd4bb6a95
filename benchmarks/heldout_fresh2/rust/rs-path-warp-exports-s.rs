use std::path::{Component, Path};
use warp::{http::StatusCode, Filter, Reply};

#[derive(serde::Deserialize)]
struct ExportQuery {
    file: String,
}

/// Accepts only plain relative names such as "2024/q1.csv": no root, no "..", no ".".
fn is_plain_relative(p: &Path) -> bool {
    p.components().all(|c| matches!(c, Component::Normal(_)))
}

async fn download(q: ExportQuery) -> Result<warp::reply::Response, warp::Rejection> {
    let rel = Path::new(&q.file);
    if !is_plain_relative(rel) {
        return Ok(warp::reply::with_status("bad file name", StatusCode::BAD_REQUEST).into_response());
    }
    let full = Path::new("/srv/exports").join(rel);
    match tokio::fs::read(&full).await {
        Ok(bytes) => Ok(warp::reply::with_header(bytes, "content-type", "text/csv").into_response()),
        Err(_) => Ok(warp::reply::with_status("not found", StatusCode::NOT_FOUND).into_response()),
    }
}

#[tokio::main]
async fn main() {
    let route = warp::path!("exports" / "download")
        .and(warp::get())
        .and(warp::query::<ExportQuery>())
        .and_then(download);
    warp::serve(route).run(([0, 0, 0, 0], 8080)).await;
}
