use actix_web::{get, web, HttpRequest, HttpResponse};
use log::info;
use serde::Deserialize;

#[derive(Deserialize)]
struct Search {
    q: String,
}

#[get("/search")]
async fn search(req: HttpRequest, params: web::Query<Search>, index: web::Data<SearchIndex>) -> HttpResponse {
    let ua = req
        .headers()
        .get("user-agent")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    info!("search q={} ua={}", params.q, ua);
    let hits = index.query(&params.q, 20);
    HttpResponse::Ok().json(hits)
}

// main(): env_logger::init(); logs go to a file that the ops team greps and feeds to alerting.
