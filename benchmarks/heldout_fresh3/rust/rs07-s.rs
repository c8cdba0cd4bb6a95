use serde::Deserialize;
use std::path::{Path, PathBuf};
use warp::{http::StatusCode, Filter, Rejection, Reply};

#[derive(Deserialize)]
struct LogQuery {
    file: String,
}

const LOG_DIR: &str = "/var/log/myapp";

async fn read_log(q: LogQuery) -> Result<Box<dyn Reply>, Rejection> {
    let candidate: PathBuf = match tokio::fs::canonicalize(Path::new(LOG_DIR).join(&q.file)).await {
        Ok(p) if p.starts_with(LOG_DIR) => p,
        _ => return Ok(Box::new(StatusCode::NOT_FOUND)),
    };
    match tokio::fs::read_to_string(&candidate).await {
        Ok(text) => Ok(Box::new(text)),
        Err(_) => Ok(Box::new(StatusCode::NOT_FOUND)),
    }
}

pub fn logs_route() -> impl Filter<Extract = (Box<dyn Reply>,), Error = Rejection> + Clone {
    warp::path("logs")
        .and(warp::get())
        .and(warp::query::<LogQuery>())
        .and_then(read_log)
}
