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
    "exe",
    "com",
    "bat",
    "cmd",
    "msi",
    "msp",
    "scr",
    "pif",
    "cpl",
    "hta",
    "jar",
    "js",
    "jse",
    "vbs",
    "vbe",
    "wsf",
    "wsh",
    "ps1",
    "psm1",
    "sh",
    "bash",
    "zsh",
    "command",
    "app",
    "dmg",
    "pkg",
    "deb",
    "rpm",
    "apk",
    "appimage",
    "run",
    "bin",
    "lnk",
    "reg",
    "html",
    "htm",
    "xhtml",
    "shtml",
    "svg",
    "svgz",
    "xml",
    "mht",
    "mhtml",
    "py",
    "pl",
    "rb",
    "php",
    "docm",
    "xlsm",
    "pptm",
    "iso",
    "img",
    "url",
    "scf",
    "msc",
    "chm",
    "inf",
    "xll",
    "gadget",
    "settingcontent-ms",
    "terminal",
    "workflow",
    "scpt",
    "applescript",
    "webloc",
];

/// The extension a computer goes by: Windows drops trailing dots and spaces
/// ("run.bat." is saved, and runs, as "run.bat").
fn extension(name: &str) -> String {
    name.trim_end_matches(['.', ' '])
        .rsplit_once('.')
        .map(|(_, ext)| ext.trim().to_ascii_lowercase())
        .unwrap_or_default()
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
    let hides = mime == "application/zip" && zip_hides_a_program(bytes, 0);
    let risky = kind == FileKind::Other && (runs || hides || RISKY_NAMES.contains(&extension(name).as_str()));
    Sniffed { kind, mime, risky }
}

/// How deep archives inside archives are looked into.
const ZIP_DEPTH: u8 = 3;

/// Whether a zip archive holds a file that can run, by its name
/// ("Factuur.pdf.exe"), looking into zips stored inside it too. An archive
/// whose list of files cannot be read, or that holds an archive it cannot
/// look into, counts as holding one: the warning costs a click, a missed
/// program much more. Only the archive's own list is read; nothing is
/// unpacked.
fn zip_hides_a_program(bytes: &[u8], depth: u8) -> bool {
    let Some(entries) = zip_entries(bytes) else { return true };
    entries.into_iter().any(|entry| {
        let ext = extension(entry.name);
        if ext == "xml" {
            // Data (e-invoices come as XML in a zip), not something that runs.
            return false;
        }
        if RISKY_NAMES.contains(&ext.as_str()) {
            return true;
        }
        if !matches!(ext.as_str(), "zip" | "7z" | "rar" | "gz" | "tgz" | "tar" | "cab" | "arj" | "lzh") {
            return false;
        }
        match entry.stored {
            Some(inner) if ext == "zip" && depth < ZIP_DEPTH => zip_hides_a_program(inner, depth + 1),
            _ => true,
        }
    })
}

/// One file listed in a zip archive.
struct ZipEntry<'a> {
    name: &'a str,
    /// Its bytes, when kept as they are (not compressed) and readable.
    stored: Option<&'a [u8]>,
}

fn le16(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn le32(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The files a zip archive lists in its central directory; `None` when that
/// list cannot be read (damaged, cut short, or a ZIP64 archive).
fn zip_entries(bytes: &[u8]) -> Option<Vec<ZipEntry<'_>>> {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    const LOCAL: [u8; 4] = [0x50, 0x4b, 0x03, 0x04];
    // The end record is in the last 22 bytes, or before a comment of up to 64 KiB.
    let from = bytes.len().saturating_sub(22 + 0xffff);
    let end = (from..=bytes.len().checked_sub(22)?).rev().find(|&i| bytes[i..i + 4] == END)?;
    let (count, mut at) = (le16(bytes, end + 10)?, le32(bytes, end + 16)?);
    if count == 0xffff || at == 0xffff_ffff {
        return None;
    }
    let mut out = Vec::with_capacity(count.min(10_000));
    for _ in 0..count {
        if bytes.get(at..at + 4)? != ENTRY {
            return None;
        }
        let (method, size) = (le16(bytes, at + 10)?, le32(bytes, at + 20)?);
        let (name_len, extra, comment) =
            (le16(bytes, at + 28)?, le16(bytes, at + 30)?, le16(bytes, at + 32)?);
        let local = le32(bytes, at + 42)?;
        let name = std::str::from_utf8(bytes.get(at + 46..at + 46 + name_len)?).unwrap_or("?.exe");
        let stored = (method == 0 && bytes.get(local..local + 4) == Some(&LOCAL[..]))
            .then(|| {
                let data = local + 30 + le16(bytes, local + 26)? + le16(bytes, local + 28)?;
                bytes.get(data..data + size)
            })
            .flatten();
        out.push(ZipEntry { name, stored });
        at += 46 + name_len + extra + comment;
    }
    Some(out)
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
    match scaled_jpeg(bytes) {
        Scaled::Made(thumb) => Some(thumb),
        Scaled::Refused => None,
        Scaled::NotHere => full_size(bytes),
    }
}

/// What the quick path for JPEGs made of a file.
enum Scaled {
    Made(Thumb),
    /// A header too large to be a photo: no preview, whoever decodes it.
    Refused,
    /// Not a JPEG, or one this decoder cannot read: the general path decides.
    NotHere,
}

/// A JPEG's preview decoded at 1/2, 1/4 or 1/8 of its size (the smallest
/// still at least the preview's size): a 12-megapixel photo is then never
/// decoded whole. The header's size is checked before anything is decoded.
fn scaled_jpeg(bytes: &[u8]) -> Scaled {
    if !bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Scaled::NotHere;
    }
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(MAX_ALLOC as usize);
    let Some(info) = decoder.read_info().ok().and_then(|()| decoder.info()) else { return Scaled::NotHere };
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    if width > MAX_SIDE || height > MAX_SIDE {
        return Scaled::Refused;
    }
    let (thumb_w, thumb_h) = fit(width, height);
    let shrink =
        [8, 4, 2].into_iter().find(|d| width.div_ceil(*d) >= thumb_w && height.div_ceil(*d) >= thumb_h);
    let (want_w, want_h) = shrink.map_or((width, height), |d| (width.div_ceil(d), height.div_ceil(d)));
    // Both fit in u16: a JPEG's sides are u16 in its header.
    match decoder.scale(want_w as u16, want_h as u16) {
        Ok((w, h)) if u32::from(w) == want_w && u32::from(h) == want_h => {}
        _ => return Scaled::NotHere,
    }
    let Ok(pixels) = decoder.decode() else { return Scaled::NotHere };
    let picture = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            image::RgbImage::from_raw(want_w, want_h, pixels).map(DynamicImage::ImageRgb8)
        }
        jpeg_decoder::PixelFormat::L8 => {
            image::GrayImage::from_raw(want_w, want_h, pixels).map(DynamicImage::ImageLuma8)
        }
        _ => None,
    };
    let Some(picture) = picture else { return Scaled::NotHere };
    let orientation = decoder.exif_data().and_then(Orientation::from_exif_chunk);
    finish(picture.thumbnail_exact(thumb_w, thumb_h), orientation, width, height)
        .map_or(Scaled::NotHere, Scaled::Made)
}

/// The most memory one picture may take while it is decoded.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// The preview's size for a picture of `width` x `height`: the largest that
/// fits in `THUMB_SIZE` x `THUMB_SIZE` keeping its shape (as `image` fits it).
fn fit(width: u32, height: u32) -> (u32, u32) {
    let ratio = f64::min(f64::from(THUMB_SIZE) / f64::from(width), f64::from(THUMB_SIZE) / f64::from(height));
    let side = |s: u32| ((f64::from(s) * ratio).round() as u32).max(1);
    (side(width), side(height))
}

/// Any picture `image` reads, decoded whole, then shrunk.
fn full_size(bytes: &[u8]) -> Option<Thumb> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let orientation = decoder.orientation().ok();
    let picture = DynamicImage::from_decoder(decoder).ok()?;
    let (width, height) = (picture.width(), picture.height());
    let (thumb_w, thumb_h) = fit(width, height);
    let small = picture.thumbnail_exact(thumb_w, thumb_h);
    drop(picture);
    finish(small, orientation, width, height)
}

/// The shrunk picture turned as the camera recorded and re-encoded (so none
/// of the photo's metadata, location included, survives); `width` x `height`
/// is the photo's stored size. Shrunk first, then turned: turning a
/// 12-megapixel photo costs more than decoding a third of it; turning its
/// thumbnail costs nothing.
fn finish(
    mut small: DynamicImage,
    orientation: Option<Orientation>,
    width: u32,
    height: u32,
) -> Option<Thumb> {
    let (mut width, mut height) = (width, height);
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
#[path = "../../tests/support/jpeg_exif.rs"]
mod jpeg_exif;

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

    /// A 2592 x 1944 photo (5 megapixels, so it is decoded at 1/8) in four
    /// coloured quarters: red, green / blue, white.
    fn quartered_photo() -> Vec<u8> {
        let (w, h) = (2592, 1944);
        let img = image::RgbImage::from_fn(w, h, |x, y| match (x < w / 2, y < h / 2) {
            (true, true) => image::Rgb([220, 20, 20]),
            (false, true) => image::Rgb([20, 200, 20]),
            (true, false) => image::Rgb([20, 20, 220]),
            (false, false) => image::Rgb([240, 240, 240]),
        });
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
        jpeg_exif::turned_quarter(&jpeg, None)
    }

    fn corners(jpeg: &[u8]) -> (u32, u32, [[u8; 3]; 4]) {
        let img = image::load_from_memory(jpeg).expect("a thumbnail is a JPEG").into_rgb8();
        let (w, h) = img.dimensions();
        let at = |x: u32, y: u32| img.get_pixel(x, y).0;
        (w, h, [at(w / 4, h / 4), at(w * 3 / 4, h / 4), at(w / 4, h * 3 / 4), at(w * 3 / 4, h * 3 / 4)])
    }

    #[test]
    fn a_large_jpeg_decoded_at_an_eighth_gives_the_same_thumbnail_as_decoded_whole() {
        let photo = quartered_photo();
        let Scaled::Made(quick) = scaled_jpeg(&photo) else {
            panic!("a plain baseline JPEG takes the scaled path, or the photo is decoded whole for nothing")
        };
        let whole = full_size(&photo).expect("the general path previews it too");
        assert_eq!(
            (quick.width, quick.height),
            (1944, 2592),
            "the photo's size is its header's, not the reduced decode's, turned as the EXIF says"
        );
        assert_eq!((quick.width, quick.height), (whole.width, whole.height), "both paths measure it alike");
        let (qw, qh, quick_px) = corners(&quick.jpeg);
        let (ww, wh, whole_px) = corners(&whole.jpeg);
        assert_eq!((qw, qh), (240, 320), "the thumbnail is THUMB_SIZE on its long side, upright");
        assert_eq!((qw, qh), (ww, wh), "the same thumbnail size as the photo decoded whole");
        // Turned a quarter clockwise: blue comes to the top left, red to the top right.
        assert!(quick_px[0][2] > 150 && quick_px[0][0] < 80, "top left is blue: {:?}", quick_px[0]);
        assert!(quick_px[1][0] > 150 && quick_px[1][1] < 80, "top right is red: {:?}", quick_px[1]);
        for (q, w) in quick_px.iter().zip(&whole_px) {
            assert!(
                q.iter().zip(w).all(|(a, b)| a.abs_diff(*b) < 24),
                "each quarter has the colour the whole decode gives it (turned the same way): {q:?} vs {w:?}"
            );
        }
        assert!(!quick.jpeg.windows(4).any(|w| w == b"Exif"), "the preview carries no EXIF (no location)");
    }

    #[test]
    fn a_jpeg_bomb_is_refused_from_its_header_and_a_broken_jpeg_falls_back_quietly() {
        let photo = quartered_photo();
        let sof = photo.windows(2).position(|w| w == [0xFF, 0xC0]).expect("a baseline JPEG has an SOF0");
        let mut bomb = photo.clone();
        bomb[sof + 5..sof + 7].copy_from_slice(&60_000u16.to_be_bytes());
        bomb[sof + 7..sof + 9].copy_from_slice(&60_000u16.to_be_bytes());
        assert!(
            matches!(scaled_jpeg(&bomb), Scaled::Refused),
            "a 60,000 x 60,000 header is refused before a byte of it is decoded"
        );
        assert!(thumbnail(&bomb).is_none(), "and gets no preview at all");

        let cut = &photo[..sof + 40];
        assert!(
            matches!(scaled_jpeg(cut), Scaled::NotHere),
            "a JPEG cut short is left to the general path, never a panic"
        );
        assert!(thumbnail(cut).is_none(), "which previews nothing it cannot decode");
        assert!(
            matches!(scaled_jpeg(b"\x89PNG\r\n\x1a\n"), Scaled::NotHere),
            "other formats go the general way"
        );
    }
}
