use rusqlite::{params, Connection, Result};
use std::env;

fn find_note(conn: &Connection, title: &str) -> Result<String> {
    let sql = "SELECT body FROM notes WHERE title = ?1 LIMIT 1";
    conn.query_row(sql, params![title], |row| row.get(0))
}

fn main() -> Result<()> {
    let title = env::args().nth(1).expect("usage: note TITLE");
    let conn = Connection::open("notes.db")?;
    match find_note(&conn, &title) {
        Ok(body) => println!("{body}"),
        Err(rusqlite::Error::QueryReturnedNoRows) => eprintln!("no such note"),
        Err(e) => return Err(e),
    }
    Ok(())
}
