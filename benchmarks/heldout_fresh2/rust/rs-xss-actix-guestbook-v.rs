use actix_web::{get, web, HttpResponse};
use sqlx::SqlitePool;

#[get("/guestbook")]
async fn guestbook(pool: web::Data<SqlitePool>) -> HttpResponse {
    let entries: Vec<(String, String)> = sqlx::query_as("SELECT author, message FROM entries ORDER BY id DESC LIMIT 50")
        .fetch_all(pool.get_ref())
        .await
        .unwrap_or_default();

    let mut html = String::from("<!doctype html><html><body><h1>Guestbook</h1><ul>");
    for (author, message) in &entries {
        html.push_str(&format!("<li><strong>{}</strong>: {}</li>", author, message));
    }
    html.push_str("</ul><form method=post action=/guestbook><input name=author><textarea name=message></textarea>");
    html.push_str("<button>Sign</button></form></body></html>");
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(html)
}

// POST /guestbook stores the submitted author and message as they are.
