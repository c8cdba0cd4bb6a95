use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use sqlx::SqlitePool;

#[derive(Deserialize)]
struct ListQuery {
    sort: Option<String>,
}

#[get("/articles")]
async fn list_articles(pool: web::Data<SqlitePool>, q: web::Query<ListQuery>) -> HttpResponse {
    let order = q.sort.clone().unwrap_or_else(|| "published_at DESC".to_string());
    let sql = format!("SELECT id, title FROM articles ORDER BY {order} LIMIT 25");
    match sqlx::query_as::<_, (i64, String)>(&sql).fetch_all(pool.get_ref()).await {
        Ok(rows) => HttpResponse::Ok().json(rows),
        Err(_) => HttpResponse::BadRequest().finish(),
    }
}
