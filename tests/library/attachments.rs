//! Attachments: kept by content and durably before the entry names them, the
//! same file stored once, read back checked, limits and hostile files refused
//! or kept inert, removal and erasure recorded as events.

use casebook::attachments::{hash, FileKind, StagedFile};
use casebook::model::*;
use casebook::{Ctx, ErrorCode, Store};

#[path = "../support/jpeg_exif.rs"]
mod jpeg_exif;
#[path = "../support/walk_in.rs"]
pub mod walk_in;

/// A tiny valid PNG (1 x 1 pixel), written with the image library.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 30]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A JPEG 40 wide and 20 high whose EXIF says "turn it a quarter" (orientation 6).
pub fn sideways_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(40, 20, image::Rgb([10, 120, 200]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
    jpeg_exif::turned_quarter(&jpeg, None)
}

pub struct Counter {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub ana: Staff,
    pub ben: Staff,
    pub case: CaseSummary,
}

impl Counter {
    pub fn new() -> Counter {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("desk.db")).unwrap();
        let (ana, ben) = store
            .write(|w| {
                let ana =
                    w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })?;
                let ben = w.add_staff(
                    &Ctx::staff(&ana.id),
                    &NewStaff { name: "Ben".into(), role: StaffRole::Staff },
                )?;
                Ok((ana, ben))
            })
            .unwrap();
        let input = walk_in::cracked_frame("Look at this crack");
        let ctx = Ctx::staff(&ana.id);
        let case = store.write(|w| w.open_case(&ctx, &input)).unwrap();
        Counter { _dir: dir, store, ana, ben, case }
    }

    pub fn note(&mut self, files: &[StagedFile]) -> TimelineEntry {
        let ctx = Ctx::staff(&self.ben.id);
        let input = NewEntry {
            case_id: self.case.id.clone(),
            kind: EntryKind::Note,
            body: "Photos".into(),
            direction: None,
        };
        self.store
            .write(|w| {
                let entry = w.add_entry(&ctx, &input)?;
                w.attach_files(&ctx, &entry.id, files)?;
                Ok(entry)
            })
            .unwrap()
    }
}

#[test]
fn a_file_is_kept_by_content_once_and_read_back_checked() {
    let mut c = Counter::new();
    let bytes = png(3, 2);
    let first = c.store.stage_file("crack.png", &bytes).unwrap();
    let again = c.store.stage_file("same-again.png", &bytes).unwrap();
    assert_eq!(first.hash, hash(&bytes), "the file is named by its SHA-256");
    assert_eq!(first.hash, again.hash, "the same content is the same file");
    let files = c.store.attachment_files().unwrap();
    assert_eq!(files.list().unwrap(), vec![first.hash.clone()], "and is stored once");
    assert_eq!((first.kind, first.width, first.height), (FileKind::Photo, Some(3), Some(2)));

    let entry = c.note(&[first.clone(), again]);
    let listed = c.store.entry_attachments(std::slice::from_ref(&entry.id)).unwrap();
    assert_eq!(listed.len(), 2, "both attachments are on the entry");
    assert!(listed.iter().all(|a| a.present), "and their content is here");
    assert_eq!(c.store.attachment_content(&first.hash).unwrap(), bytes, "read back as written");

    // Damaged on disk: noticed, never shown.
    std::fs::write(files.path(&first.hash).unwrap(), b"tampered").unwrap();
    let err = c.store.attachment_content(&first.hash).unwrap_err();
    assert_eq!(err.code(), ErrorCode::CorruptDatabase, "a changed file is reported: {err}");
    std::fs::remove_file(files.path(&first.hash).unwrap()).unwrap();
    let listed = c.store.customer_attachments(&c.case.customer_id).unwrap();
    assert!(
        listed.iter().all(|a| !a.present),
        "a file deleted by hand shows as missing, the page still loads"
    );
}

#[test]
fn a_photo_is_turned_the_right_way_up_and_its_thumbnail_has_no_metadata() {
    let c = Counter::new();
    let staged = c.store.stage_file("IMG_0001.JPG", &sideways_jpeg()).unwrap();
    assert_eq!(
        (staged.width, staged.height),
        (Some(20), Some(40)),
        "orientation 6 turns 40 x 20 into 20 x 40"
    );
    let thumb = c.store.attachment_thumbnail(&staged.hash).unwrap().expect("a photo has a thumbnail");
    let decoded = image::load_from_memory(&thumb).unwrap();
    assert!(decoded.height() > decoded.width(), "the thumbnail is upright too");
    assert!(!thumb.windows(4).any(|w| w == b"Exif"), "and carries no EXIF (no location) data");
}

#[test]
fn hostile_and_oversized_files_are_refused_or_kept_inert() {
    let mut c = Counter::new();
    let err = c.store.stage_file("empty.txt", b"").unwrap_err();
    assert!(err.to_string().contains("empty (0 bytes)"), "{err}");

    let big = vec![7u8; 26 * 1024 * 1024];
    let err = c.store.stage_file("scan.pdf", &big).unwrap_err();
    assert!(err.to_string().contains("up to 25 MB"), "over the limit, said with the limit: {err}");
    let ctx = Ctx::staff(&c.ana.id);
    c.store.write(|w| w.set_attachment_limit(&ctx, 30)).unwrap();
    assert!(c.store.stage_file("scan.pdf", &big).is_ok(), "the owner can raise the limit");

    let sneaky = c.store.stage_file("../../etc/passwd", b"root:x:0:0").unwrap();
    assert_eq!(sneaky.name, "passwd", "a name is shown, never used as a path");
    let files = c.store.attachment_files().unwrap();
    assert!(
        files.path(&sneaky.hash).unwrap().starts_with(files.dir()),
        "the file lands inside the attachment folder"
    );
    assert_eq!(c.store.stage_file("CON.txt", b"hello").unwrap().name, "CON.txt", "kept as typed");

    // A 60,000 x 60,000 PNG header: stored, never decoded.
    let mut bomb = png(1, 1);
    bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let staged = c.store.stage_file("huge.png", &bomb).unwrap();
    assert_eq!(staged.width, None, "a decompression bomb gets no thumbnail");
    assert_eq!(c.store.attachment_thumbnail(&staged.hash).unwrap(), None);

    let fake = c.store.stage_file("holiday.jpg", b"this is not a jpeg").unwrap();
    assert_eq!(fake.kind, FileKind::Other, "a file claiming to be a JPEG that is not is no photo");
    let svg = c.store.stage_file("logo.svg", b"<svg><script>alert(1)</script></svg>").unwrap();
    assert!(svg.kind == FileKind::Other && svg.risky, "an SVG is never shown inline and is warned about");
    // Windows drops a trailing dot or space: "run.bat." is saved as, and runs as, "run.bat".
    for name in ["run.bat.", "run.bat ", "Factuur.pdf.exe. .", "Track your parcel.url", "Setup.terminal"] {
        let staged = c.store.stage_file(name, b"@echo off").unwrap();
        assert!(staged.risky, "{name:?} runs when opened, so it is warned about");
    }

    // A write that cannot happen leaves nothing half written.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("attachments"), b"a file where the folder should be").unwrap();
    let other = Store::open(dir.path().join("desk.db")).unwrap();
    let err = other.stage_file("photo.png", &png(2, 2)).unwrap_err();
    assert!(err.to_string().contains("Could not"), "a clear message: {err}");
    let _ = c.note(&[]);
}

#[test]
fn removing_and_erasing_are_events_and_only_the_owner_erases() {
    let mut c = Counter::new();
    let staged = c.store.stage_file("receipt.png", &png(2, 2)).unwrap();
    let entry = c.note(std::slice::from_ref(&staged));
    let a = c.store.entry_attachments(std::slice::from_ref(&entry.id)).unwrap().remove(0);

    let ben = Ctx::staff(&c.ben.id);
    let err = c.store.write(|w| w.erase_attachment(&ben, &a.id, "privacy")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "only the owner erases: {err}");
    let ana = Ctx::staff(&c.ana.id);
    let err = c.store.write(|w| w.erase_attachment(&ana, &a.id, "  ")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "a reason is needed: {err}");
    c.store.write(|w| w.erase_attachment(&ana, &a.id, "The customer asked us to delete it")).unwrap();
    assert_eq!(c.store.sweep_erased().unwrap(), 1, "the content is removed from disk");
    let erased = c.store.attachment(&a.id).unwrap();
    assert!(erased.erased_at.is_some() && !erased.present, "the entry says it was erased");
    assert_eq!(erased.erased_reason.as_deref(), Some("The customer asked us to delete it"));

    let staged = c.store.stage_file("quote.pdf", b"%PDF-1.4 quote").unwrap();
    let entry = c.note(&[staged]);
    let b = c.store.entry_attachments(std::slice::from_ref(&entry.id)).unwrap().remove(0);
    c.store.write(|w| w.remove_attachment(&ben, &b.id)).unwrap();
    assert!(
        c.store.entry_attachments(std::slice::from_ref(&entry.id)).unwrap().is_empty(),
        "removed from the views"
    );
    assert!(c.store.attachment(&b.id).unwrap().present, "its record and file stay");
    let kinds: Vec<String> = {
        let mut stmt = c.store.connection().prepare("SELECT kind FROM events ORDER BY seq").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    for kind in ["files_attached", "attachment_erased", "attachment_removed"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} is in the history");
    }
    let hits = c
        .store
        .search(&casebook::search::SearchQuery { text: "quote".into(), ..Default::default() })
        .unwrap();
    assert!(!hits.entries.is_empty(), "search finds an attachment by its file name");
}

#[test]
fn an_export_carries_the_files_and_the_import_brings_them_back_checked() {
    let mut c = Counter::new();
    let photo = c.store.stage_file("crack.png", &png(4, 4)).unwrap();
    let receipt = c.store.stage_file("receipt.pdf", b"%PDF-1.4 receipt").unwrap();
    c.note(&[photo.clone(), receipt.clone()]);
    let out = tempfile::tempdir().unwrap();
    let report = casebook::data::exchange::export(&c.store, out.path()).unwrap();
    assert_eq!(report.files, 2, "both files travel with the export");
    let folder = std::path::PathBuf::from(&report.folder);

    let dir = tempfile::tempdir().unwrap();
    let mut copy = Store::open(dir.path().join("copy.db")).unwrap();
    casebook::data::exchange::import(&mut copy, &casebook::staff::Actor::AtDesk, &folder).unwrap();
    assert_eq!(
        copy.attachment_content(&photo.hash).unwrap(),
        c.store.attachment_content(&photo.hash).unwrap()
    );
    let check = copy.check_files().unwrap();
    assert_eq!(
        (check.referenced, check.problems.len()),
        (2, 0),
        "the copy has every file, intact: {check:?}"
    );

    // A damaged file in the export is refused before anything is imported.
    let carried = folder.join("attachments").join(&receipt.hash[..2]).join(&receipt.hash);
    std::fs::write(&carried, b"%PDF-1.4 forged").unwrap();
    let dir2 = tempfile::tempdir().unwrap();
    let mut other = Store::open(dir2.path().join("other.db")).unwrap();
    let err =
        casebook::data::exchange::import(&mut other, &casebook::staff::Actor::AtDesk, &folder).unwrap_err();
    assert!(err.to_string().contains("cannot be used"), "{err}");
    assert!(!other.has_events().unwrap(), "nothing was imported");

    // A file deleted by hand is what `check` reports.
    let files = copy.attachment_files().unwrap();
    std::fs::remove_file(files.path(&photo.hash).unwrap()).unwrap();
    let check = copy.check_files().unwrap();
    assert_eq!(check.problems.len(), 1, "one file is missing");
    assert_eq!(check.problems[0].names, vec!["crack.png".to_owned()], "named as it was attached");
}

#[test]
fn a_mails_files_become_attachments_of_its_entry_once() {
    let c = Counter::new();
    let mut store = c.store;
    let owner = c.ana.clone();
    store
        .write(|w| {
            let connected = casebook::mail::MailEvent::MailboxConnected {
                address: "shop@example.test".into(),
                desk_id: w.desk_id().to_owned(),
                desk_name: "Counter".into(),
            };
            let at = casebook::clock::parse("2026-03-01T00:00:00Z").unwrap();
            w.append(&Ctx::at(Some(owner.id.clone()), at), None, None, &connected)?;
            Ok(())
        })
        .unwrap();
    let raw = crate::mail::corpus("attachment.eml");
    let msg = crate::mail::incoming(&raw, None);
    let first = store.write(|w| w.record_mail(&msg, false, Some(&raw))).unwrap();
    let again = store.write(|w| w.record_mail(&msg, false, Some(&raw))).unwrap();
    let customer = first.customer_id.expect("the sender became a customer");
    let files = store.customer_attachments(&customer).unwrap();
    assert_eq!(files.len(), 1, "the mail's photo is an attachment of its entry: {files:?}");
    assert_eq!((files[0].name.as_str(), files[0].kind), ("damage.png", FileKind::Photo));
    assert_eq!(files[0].event_id, first.event_id, "on the mail's own entry");
    assert!(files[0].present, "and kept");
    assert_eq!(again.customer_id, None, "recording the same mail again records nothing");
    assert_eq!(store.customer_attachments(&customer).unwrap().len(), 1, "so nothing is attached twice");
}

#[test]
fn a_backup_keeps_the_files_it_refers_to_and_a_restore_brings_them_back() {
    let mut c = Counter::new();
    let photo = c.store.stage_file("crack.png", &png(5, 5)).unwrap();
    c.note(std::slice::from_ref(&photo));
    let dir = c.store.path().unwrap().parent().unwrap().to_path_buf();
    let backups = casebook::data::backup::backups_dir(c.store.path().unwrap());
    let info =
        casebook::data::backup::take(&c.store, &backups, casebook::data::backup::BackupKind::Manual).unwrap();
    assert_eq!(info.files, 1, "the backup refers to one file");
    assert!(backups.join("attachments").join(&photo.hash[..2]).join(&photo.hash).is_file(), "kept beside it");

    // The live file is lost; the restore brings it back, checked.
    let files = c.store.attachment_files().unwrap();
    std::fs::remove_file(files.path(&photo.hash).unwrap()).unwrap();
    let owner = casebook::staff::Actor::Named("Ana".into());
    c.store.restore_from(&owner, std::path::Path::new(&info.path), &backups).unwrap();
    assert_eq!(c.store.attachment_content(&photo.hash).unwrap(), png(5, 5), "the photo is back");
    assert!(dir.join("attachments").is_dir());
}
