use actix_web::{get, http::header, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct Done {
    #[serde(rename = "continue")]
    cont: Option<String>,
}

fn local_only(t: &str) -> bool {
    t.starts_with('/') && !t.starts_with("//") && !t.contains('\\') && !t.chars().any(|c| c.is_control())
}

#[get("/auth/done")]
async fn auth_done(q: web::Query<Done>) -> HttpResponse {
    let target = q.cont.clone().filter(|t| local_only(t)).unwrap_or_else(|| "/".to_string());
    HttpResponse::Found()
        .insert_header((header::LOCATION, target))
        .finish()
}
