//! What a file is, from its content (never its name), and small previews of
//! photos: turned the right way up as the camera recorded, and re-encoded, so
//! no location or other metadata survives in them.

use std::io::Cursor;

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::text_enum;

text_enum!(
    /// How the app shows a file.
    FileKind {
        /// A JPEG, PNG, GIF or WebP picture: a thumbnail on the timeline, opened in the app.
        Photo => "photo",
        /// A PDF: opened in the app's own viewer (its scripts never run).
        Pdf => "pdf",
        /// Anything else: name, type and size; opened with the computer's own program.
        Other => "other",
    }
);

/// A file's type, as its content says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sniffed {
    pub kind: FileKind,
    /// The MIME type read from the content (`application/octet-stream` when unknown).
    pub mime: String,
    /// Opening it could run code (a program, a script, a web page, an SVG):
    /// the app warns before handing it to the computer.
    pub risky: bool,
}

/// Extensions of files that run, or open in something that runs scripts.
const RISKY_NAMES: &[&str] = &[
    "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "hta", "jar", "js", "jse", "vbs", "vbe",
    "wsf", "wsh", "ps1", "psm1", "sh", "bash", "zsh", "command", "app", "dmg", "pkg", "deb", "rpm", "apk",
    "appimage", "run", "bin", "lnk", "reg", "html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "mht",
    "mhtml", "py", "pl", "rb", "php", "docm", "xlsm", "pptm", "iso", "img",
];

fn extension(name: &str) -> String {
    name.rsplit_once('.').map(|(_, ext)| ext.trim().to_ascii_lowercase()).unwrap_or_default()
}

/// The type of `bytes` called `name` by whoever attached it.
pub fn sniff(bytes: &[u8], name: &str) -> Sniffed {
    let found = infer::get(bytes);
    let mime = found.map(|t| t.mime_type().to_owned()).unwrap_or_else(|| {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        if head.contains("<svg") {
            "image/svg+xml".into()
        } else if head.contains("<html") || head.contains("<!doctype html") || head.contains("<script") {
            "text/html".into()
        } else if std::str::from_utf8(bytes).is_ok() {
            "text/plain".into()
        } else {
            "application/octet-stream".into()
        }
    });
    let kind = match mime.as_str() {
        "image/jpeg" | "image/png" | "image/gif" | "image/webp" => FileKind::Photo,
        "application/pdf" => FileKind::Pdf,
        _ => FileKind::Other,
    };
    let runs = found.is_some_and(|t| matches!(t.matcher_type(), infer::MatcherType::App))
        || matches!(mime.as_str(), "text/html" | "image/svg+xml" | "application/xml" | "text/xml");
    let risky = kind == FileKind::Other && (runs || RISKY_NAMES.contains(&extension(name).as_str()));
    Sniffed { kind, mime, risky }
}

/// The longest side of a thumbnail, in pixels.
pub const THUMB_SIZE: u32 = 320;
/// Pictures larger than this (either side) are kept but not previewed: a
/// 60,000-pixel header is a decompression bomb, not a photo.
pub const MAX_SIDE: u32 = 16_000;

/// A preview of a photo.
pub struct Thumb {
    pub jpeg: Vec<u8>,
    /// The picture's size the right way up.
    pub width: u32,
    pub height: u32,
}

/// A JPEG preview of a photo, the right way up, without its metadata; `None`
/// for a picture that cannot or should not be decoded (damaged, or too large).
pub fn thumbnail(bytes: &[u8]) -> Option<Thumb> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let orientation = decoder.orientation().ok();
    let picture = DynamicImage::from_decoder(decoder).ok()?;
    // Shrunk first, then turned: turning a 12-megapixel photo costs more than
    // decoding a third of it; turning its thumbnail costs nothing.
    let mut small = picture.thumbnail(THUMB_SIZE, THUMB_SIZE);
    let (mut width, mut height) = (picture.width(), picture.height());
    drop(picture);
    if let Some(o) = orientation {
        small.apply_orientation(o);
        if matches!(
            o,
            Orientation::Rotate90
                | Orientation::Rotate270
                | Orientation::Rotate90FlipH
                | Orientation::Rotate270FlipH
        ) {
            (width, height) = (height, width);
        }
    }
    let small = small.into_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80).encode_image(&small).ok()?;
    Some(Thumb { jpeg, width, height })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_not_the_name() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(sniff(png, "holiday.jpg").mime, "image/png", "a PNG called .jpg is a PNG");
        let fake = sniff(b"not a picture at all", "photo.jpg");
        assert_eq!(fake.kind, FileKind::Other, "a text called .jpg is no photo");
        let svg =
            sniff(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.png");
        assert!(svg.risky && svg.kind == FileKind::Other, "an SVG is never shown inline, and warned about");
        assert!(sniff(b"echo hi", "tidy.sh").risky, "a script is warned about by its name");
        assert!(!sniff(b"plain words", "notes.txt").risky);
    }
}
