use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

struct Client {
    name: String,
    messages: u32,
}

/// Line-based chat session; the client record is kept behind a raw pointer for the FFI logger.
pub fn session(stream: TcpStream) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let client: *mut Client = Box::into_raw(Box::new(Client { name: "guest".into(), messages: 0 }));
    for line in BufReader::new(stream).lines() {
        let line = line?;
        if let Some(n) = line.strip_prefix("NICK ") {
            unsafe { (*client).name = n.to_string() };
        } else if line == "QUIT" {
            unsafe { drop(Box::from_raw(client)) };
            writeln!(out, "bye")?;
        } else {
            unsafe {
                (*client).messages += 1;
                writeln!(out, "[{}#{}] {}", (*client).name, (*client).messages, line)?;
            }
        }
    }
    Ok(())
}
