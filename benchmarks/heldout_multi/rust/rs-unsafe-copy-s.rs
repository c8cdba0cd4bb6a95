pub struct Header { pub bytes: [u8; 32] }

pub fn fill_header(h: &mut Header, payload: &[u8]) {
    let n = payload.len().min(h.bytes.len());
    h.bytes[..n].copy_from_slice(&payload[..n]);
}
