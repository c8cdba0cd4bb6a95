use std::path::Path;
use warp::{http::StatusCode, Filter, Reply};

#[derive(serde::Deserialize)]
struct ExportQuery {
    file: String,
}

async fn download(q: ExportQuery) -> Result<warp::reply::Response, warp::Rejection> {
    let full = Path::new("/srv/exports").join(&q.file);
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
