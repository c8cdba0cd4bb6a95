use actix_web::{get, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct Search {
    q: String,
}

fn render_page(query: &str, hits: usize) -> String {
    format!("<html><body><h2>Results for {query}</h2><p>{hits} matches</p></body></html>")
}

#[get("/search")]
async fn search(params: web::Query<Search>) -> HttpResponse {
    let hits = params.q.len() % 7;
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(render_page(&params.q, hits))
}
