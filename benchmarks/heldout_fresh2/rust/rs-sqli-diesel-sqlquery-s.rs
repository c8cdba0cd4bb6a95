use actix_web::{get, web, HttpResponse, Responder};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::sql_types::{BigInt, Text};

type DbPool = Pool<ConnectionManager<PgConnection>>;

#[derive(QueryableByName, serde::Serialize)]
struct Shipment {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    tracking_code: String,
    #[diesel(sql_type = Text)]
    status: String,
}

#[get("/shipments/track/{code}")]
async fn track(pool: web::Data<DbPool>, code: web::Path<String>) -> impl Responder {
    let code = code.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("db connection");
        diesel::sql_query("SELECT id, tracking_code, status FROM shipments WHERE tracking_code = $1")
            .bind::<Text, _>(code)
            .load::<Shipment>(&mut conn)
    })
    .await;
    match result {
        Ok(Ok(rows)) => HttpResponse::Ok().json(rows),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
