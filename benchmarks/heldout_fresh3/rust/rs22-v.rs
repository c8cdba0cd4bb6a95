use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

fn handle(mut s: TcpStream) -> std::io::Result<()> {
    let mut len_buf = [0u8; 2];
    s.read_exact(&mut len_buf)?;
    let n = u16::from_be_bytes(len_buf) as usize;

    let mut buf: Vec<u8> = Vec::with_capacity(n);
    unsafe { buf.set_len(n) };
    let got = s.read(&mut buf)?;
    let _ = got;
    s.write_all(&buf)?;
    Ok(())
}

fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:7007")?;
    for conn in listener.incoming() {
        if let Ok(stream) = conn {
            std::thread::spawn(move || handle(stream));
        }
    }
    Ok(())
}
