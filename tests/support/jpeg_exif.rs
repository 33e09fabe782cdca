//! A JPEG made to look as a phone held upright saves it: an EXIF block saying
//! "turn a quarter" (orientation 6). One copy for the library's unit tests,
//! the integration tests and the benches, each of which includes this file by
//! path (`#[path = ".../tests/support/jpeg_exif.rs"]`).

/// `jpeg` with, right after its start (SOI), an APP1 block holding a minimal
/// little-endian TIFF with Orientation = 6, then a comment segment when one is
/// given (to make copies of the same picture different files).
pub fn turned_quarter(jpeg: &[u8], comment: Option<&str>) -> Vec<u8> {
    let tiff: Vec<u8> = [
        &b"II*\0"[..],
        &8u32.to_le_bytes(),
        &1u16.to_le_bytes(),
        &0x0112u16.to_le_bytes(),
        &3u16.to_le_bytes(),
        &1u32.to_le_bytes(),
        &6u16.to_le_bytes(),
        &[0, 0],
        &0u32.to_le_bytes(),
    ]
    .concat();
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    if let Some(comment) = comment {
        out.extend([0xFF, 0xFE]);
        out.extend(((comment.len() + 2) as u16).to_be_bytes());
        out.extend(comment.as_bytes());
    }
    out.extend(&jpeg[2..]);
    out
}
