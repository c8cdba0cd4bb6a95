use axum::{extract::{Query, State}, http::StatusCode, Json};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool};

#[derive(Deserialize)]
pub struct BookFilter {
    author: String,
}

#[derive(Serialize, FromRow)]
pub struct Book {
    id: i64,
    title: String,
    author: String,
}

pub async fn books_by_author(
    State(pool): State<PgPool>,
    Query(filter): Query<BookFilter>,
) -> Result<Json<Vec<Book>>, StatusCode> {
    let sql = format!(
        "SELECT id, title, author FROM books WHERE author = '{}' ORDER BY title",
        filter.author
    );
    let books = sqlx::query_as::<_, Book>(&sql)
        .fetch_all(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(books))
}
