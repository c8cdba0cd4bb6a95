use actix_web::{get, web, HttpResponse};
use ldap3::{LdapConnAsync, Scope, SearchEntry};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Lookup {
    uid: String,
}

fn uid_filter(uid: &str) -> String {
    format!("(&(objectClass=inetOrgPerson)(uid={}))", ldap3::ldap_escape(uid))
}

#[get("/directory")]
pub async fn directory(q: web::Query<Lookup>) -> HttpResponse {
    let Ok((conn, mut ldap)) = LdapConnAsync::new("ldaps://ldap.corp.internal").await else {
        return HttpResponse::BadGateway().finish();
    };
    ldap3::drive!(conn);
    let res = ldap
        .search("ou=people,dc=corp,dc=internal", Scope::Subtree, &uid_filter(&q.uid), vec!["cn", "mail"])
        .await
        .and_then(|r| r.success());
    let _ = ldap.unbind().await;
    let Ok((entries, _)) = res else {
        return HttpResponse::BadGateway().finish();
    };
    let people: Vec<_> = entries
        .into_iter()
        .map(|e| SearchEntry::construct(e).attrs)
        .collect();
    HttpResponse::Ok().json(people)
}
