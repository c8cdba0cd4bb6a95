use actix_web::{delete, web, HttpResponse};
use diesel::pg::PgConnection;
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::sql_types::{BigInt, Text};
use diesel::RunQueryDsl;

type DbPool = Pool<ConnectionManager<PgConnection>>;

#[delete("/users/{user_id}/searches/{name}")]
pub async fn delete_search(
    pool: web::Data<DbPool>,
    path: web::Path<(i64, String)>,
) -> HttpResponse {
    let (user_id, name) = path.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("db connection");
        diesel::sql_query(format!(
            "DELETE FROM saved_searches WHERE user_id = {} AND name = '{}'",
            user_id, name
        ))
        .execute(&mut conn)
    })
    .await;
    match result {
        Ok(Ok(n)) if n > 0 => HttpResponse::NoContent().finish(),
        Ok(Ok(_)) => HttpResponse::NotFound().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
