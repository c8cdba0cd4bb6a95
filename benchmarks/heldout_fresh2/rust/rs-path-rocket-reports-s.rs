#[macro_use]
extern crate rocket;

use rocket::fs::NamedFile;
use std::path::PathBuf;

const REPORT_DIR: &str = "/srv/app/reports";

fn safe_segment(s: &str) -> Option<&str> {
    let ok = !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(s)
}

fn report_path(team: &str, name: &str) -> Option<PathBuf> {
    Some(PathBuf::from(REPORT_DIR).join(safe_segment(team)?).join(format!("{}.pdf", safe_segment(name)?)))
}

#[get("/reports/<team>?<name>")]
async fn report(team: &str, name: &str) -> Option<NamedFile> {
    NamedFile::open(report_path(team, name)?).await.ok()
}

#[launch]
fn rocket() -> _ {
    rocket::build().mount("/", routes![report])
}
