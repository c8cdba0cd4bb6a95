use rusqlite::{Connection, Result};
use std::env;

fn find_note(conn: &Connection, title: &str) -> Result<String> {
    let sql = format!("SELECT body FROM notes WHERE title = '{}' LIMIT 1", title);
    conn.query_row(&sql, [], |row| row.get(0))
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
