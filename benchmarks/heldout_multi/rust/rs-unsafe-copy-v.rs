pub struct Header { pub bytes: [u8; 32] }

pub fn fill_header(h: &mut Header, payload: &[u8]) {
    unsafe {
        std::ptr::copy_nonoverlapping(payload.as_ptr(), h.bytes.as_mut_ptr(), payload.len());
    }
}
