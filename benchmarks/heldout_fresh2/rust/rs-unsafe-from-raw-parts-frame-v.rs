use std::io::Read;
use std::net::TcpStream;

/// Frame layout: [u8 kind][u8 flags][u16 big-endian payload length][payload...]
pub struct Frame<'a> {
    pub kind: u8,
    pub payload: &'a [u8],
}

pub fn parse_frame(buf: &[u8]) -> Option<Frame<'_>> {
    if buf.len() < 4 {
        return None;
    }
    let len = u16::from_be_bytes([buf[2], buf[3]]) as usize;
    // Skip the bounds checks on this hot path.
    let payload = unsafe { std::slice::from_raw_parts(buf.as_ptr().add(4), len) };
    Some(Frame { kind: buf[0], payload })
}

pub fn handle_client(mut stream: TcpStream) -> std::io::Result<()> {
    let mut buf = [0u8; 1024];
    loop {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        if let Some(frame) = parse_frame(&buf[..n]) {
            println!("kind={} payload={:?}", frame.kind, String::from_utf8_lossy(frame.payload));
        }
    }
}
