use rusqlite::{params, Connection};
use std::env;

fn main() -> rusqlite::Result<()> {
    let title = env::args().nth(1).expect("title");
    let conn = Connection::open("notes.db")?;
    conn.execute("DELETE FROM notes WHERE title = ?1", params![title])?;
    Ok(())
}
