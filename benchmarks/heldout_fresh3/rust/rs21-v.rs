use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

/// Returns the payload of one frame inside `buf` without copying.
pub fn frame_payload(buf: &[u8]) -> Option<&[u8]> {
    if buf.len() < 4 {
        return None;
    }
    let len = u32::from_be_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
    let payload = unsafe { std::slice::from_raw_parts(buf.as_ptr().add(4), len) };
    Some(payload)
}

pub async fn read_one(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 8192];
    let n = stream.read(&mut buf).await?;
    buf.truncate(n);
    Ok(frame_payload(&buf).map(|p| p.to_vec()).unwrap_or_default())
}
