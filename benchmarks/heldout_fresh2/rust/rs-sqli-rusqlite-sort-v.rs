use axum::{extract::{Query, State}, http::StatusCode, Json};
use rusqlite::Connection;
use serde::Deserialize;
use std::sync::{Arc, Mutex};

#[derive(Deserialize)]
pub struct ListParams {
    sort: Option<String>,
}

pub async fn list_books(
    State(db): State<Arc<Mutex<Connection>>>,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<(i64, String, String)>>, StatusCode> {
    let column = p.sort.unwrap_or_else(|| "title".to_string());
    let conn = db.lock().unwrap();
    let sql = format!("SELECT id, title, author FROM books ORDER BY {column} LIMIT 100");
    let mut stmt = conn.prepare(&sql).map_err(|_| StatusCode::BAD_REQUEST)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(rows))
}
