use actix_web::{get, web, HttpResponse};
use fancy_regex::Regex;
use serde::Deserialize;
use std::sync::RwLock;

#[derive(Deserialize)]
pub struct Find {
    name: String,
}

pub struct Contacts(pub RwLock<Vec<String>>);

fn name_pattern(input: &str) -> String {
    format!("(?i){}", fancy_regex::escape(input))
}

#[get("/contacts/find")]
pub async fn find(q: web::Query<Find>, contacts: web::Data<Contacts>) -> HttpResponse {
    let re = match Regex::new(&name_pattern(&q.name)) {
        Ok(r) => r,
        Err(_) => return HttpResponse::BadRequest().body("bad name"),
    };
    let list = contacts.0.read().unwrap();
    let hits: Vec<&String> = list
        .iter()
        .filter(|c| re.is_match(c).unwrap_or(false))
        .collect();
    HttpResponse::Ok().json(hits)
}
