#[macro_use]
extern crate rocket;

use rocket::fs::NamedFile;
use std::path::PathBuf;

const REPORT_DIR: &str = "/srv/app/reports";

fn report_path(team: &str, name: &str) -> PathBuf {
    PathBuf::from(REPORT_DIR).join(team).join(format!("{name}.pdf"))
}

#[get("/reports/<team>?<name>")]
async fn report(team: &str, name: &str) -> Option<NamedFile> {
    NamedFile::open(report_path(team, name)).await.ok()
}

#[launch]
fn rocket() -> _ {
    rocket::build().mount("/", routes![report])
}
