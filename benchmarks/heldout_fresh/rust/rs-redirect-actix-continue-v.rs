use actix_web::{get, http::header, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct Done {
    #[serde(rename = "continue")]
    cont: Option<String>,
}

#[get("/auth/done")]
async fn auth_done(q: web::Query<Done>) -> HttpResponse {
    let target = q.cont.clone().unwrap_or_else(|| "/".to_string());
    HttpResponse::Found()
        .insert_header((header::LOCATION, target))
        .finish()
}
