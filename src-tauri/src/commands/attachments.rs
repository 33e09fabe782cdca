//! Attachments: keeping a file (its bytes come as base64), attaching files to
//! an entry in the same transaction as the entry, listing, removing, erasing,
//! and opening a file with the computer's own program.

use base64::Engine;
use casebook::attachments::{Attachment, FileRef, StagedFile};
use casebook::model::*;
use casebook::{ApiError, ErrorCode};

use super::commands;

fn decode(data: &str) -> casebook::Result<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|e| casebook::Error::invalid("data", casebook::msg!("shell-file-not-whole", detail = e)))
}

commands! {
    feature: "attachments";
    /// Keeps a file (its content as base64) so it can be attached; answers what it is.
    read stage_file(name: String, data: String) -> StagedFile = |s| s.stage_file(&name, &decode(&data)?);
    /// Adds an entry with files attached, in one step: both are saved, or neither.
    act add_entry_with_files(input: NewEntry, files: Vec<StagedFile>) -> TimelineEntry = |w, ctx| {
        let entry = w.add_entry(ctx, &input)?;
        w.attach_files(ctx, &entry.id, &files)?;
        Ok(entry)
    };
    /// Opens a case with files attached to what the customer said, in one step.
    act open_case_with_files(input: NewInteraction, files: Vec<StagedFile>) -> CaseSummary = |w, ctx| {
        let case = w.open_case(ctx, &input)?;
        w.attach_to_opening(ctx, &case.id, &files)?;
        Ok(case)
    };
    /// Attaches kept files to an entry already in the history.
    act attach_files(entry_id: String, files: Vec<StagedFile>) -> Vec<FileRef> =
        |w, ctx| w.attach_files(ctx, &entry_id, &files);
    /// The attachments of these entries (a timeline page).
    read entry_attachments(entry_ids: Vec<String>) -> Vec<Attachment> = |s| s.entry_attachments(&entry_ids);
    /// Every file of a customer, newest first.
    read customer_attachments(customer_id: String) -> Vec<Attachment> = |s| s.customer_attachments(&customer_id);
    /// Takes an attachment off the history views (the record of it stays).
    act remove_attachment(attachment_id: String) -> () = |w, ctx| w.remove_attachment(ctx, &attachment_id);
    /// Erases an attachment's content for privacy, with the reason (the owner only).
    app erase_attachment(attachment_id: String, reason: String) -> () = |st| {
        let db = st.db()?;
        db.write(move |s| {
            s.act(&Actor::AtDesk, None, |w, ctx| w.erase_attachment(ctx, &attachment_id, &reason))?;
            s.sweep_erased()?;
            Ok(())
        })
        .await?;
        Ok(())
    };
    /// The largest file the shop accepts, in megabytes.
    read attachment_limit() -> u32 = |s| s.attachment_limit();
    /// Sets the largest file the shop accepts (a shift lead or the owner).
    act set_attachment_limit(megabytes: u32) -> () = |w, ctx| w.set_attachment_limit(ctx, megabytes);
    /// Opens a file with the computer's own program. A file that could run code
    /// is opened only when `confirmed` (the window asked first).
    app open_attachment(attachment_id: String, confirmed: bool) -> () = |st| {
        let db = st.db()?;
        let (attachment, path) = db
            .read(move |s| {
                let a = s.attachment(&attachment_id)?;
                let bytes = s.attachment_content(&a.hash)?;
                Ok((a.clone(), casebook::attachments::copy_out(&a, &bytes)?))
            })
            .await?;
        if attachment.risky && !confirmed {
            return Err(ApiError::new(
                ErrorCode::NotAllowed,
                casebook::msg!("shell-file-could-run-program", name = attachment.name),
            ));
        }
        crate::open_with_system(&path)
    };
}
