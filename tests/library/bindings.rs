//! The UI's TypeScript types are generated from the Rust types that cross IPC and
//! committed at `ui/src/lib/api/types.ts`. This test fails when they are stale;
//! run `UPDATE_BINDINGS=1 cargo test --test bindings` (or `make bindings`) to
//! regenerate them.

use std::path::PathBuf;

use casebook::attachments::{Attachment, FileKind, FileRef, StagedFile};
use casebook::core::settle::{SetAside, SetAsideReason};
use casebook::data::backup::{BackupInfo, BackupKind, RestoreReport};
use casebook::data::csv_import::{
    CsvColumn, CsvField, CsvInspection, CsvLeftOut, CsvLine, CsvProblem, CsvReport, CsvRequest,
    CsvRowPreview, CsvSource,
};
use casebook::data::exchange::{ExportInfo, ExportReport, ImportReport};
use casebook::hours::calendar::{CalendarSpec, Holiday, OpenInterval, WeekHours};
use casebook::hours::DayHours;
use casebook::hours::{DueInfo, DuePreview, ResponseSettings, Target, TargetPolicy, Targets, TimeCheck};
use casebook::learn::reports::{Cell, Period, Report, ReportColumn, ReportName, ReportRequest, ReportTable};
use casebook::mail::{
    Mail, MailAddress, MailAttachment, MailRefusal, MailState, MailTest, Noise, OutgoingMail, PasswordKept,
    SentHow, ShopMailbox, TestStep, UnfiledMail,
};
use casebook::model::*;
use casebook::privacy::{CustomerExportReport, DueCustomer, Retention};
use casebook::search::{CaseHit, CustomerHit, EntryHit, SearchQuery, SearchResults, Segment};
use casebook::shop::forget::Forgotten;
use casebook::sync::setup::{JoinCodeMade, ShopSealed};
use casebook::sync::CarriedCount;
use casebook::sync::{
    Here, Presence, Pushed, ServerAddress, ServerDesk, SyncConfig, SyncReport, SyncState, SyncStatus,
};
use casebook::words::MsgRef;
use casebook::{ApiError, ErrorCode};
use ts_rs::{Config, TS};

macro_rules! declarations {
    ($cfg:expr; $($t:ty),+ $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),+]
    };
}

fn generated() -> String {
    let cfg = Config::default();
    let decls: Vec<String> = declarations![&cfg;
        ErrorCode, MsgArg, MsgRef, ApiError, Lang, LocaleChoice, LocaleSettings,
        Channel, CaseStatus, Priority, StaffRole, PasscodeAsk, PasscodeRule, RuleEdit, SignInTries, CallDirection, EntryKind, MatchField,
        Staff, NewStaff,
        Customer, NewCustomer, CustomerPatch, CustomerMatch,
        CaseSummary, CaseDetail, QueuePage,
        FieldChange, Contact,
        TimelineEntry, TimelinePage,
        CustomerChoice, NewInteraction, NewEntry, CaseUpdate, Draft,
        DeskInfo, ChangeSet, DeskStatus, WhatsNew,
        OpenInterval, WeekHours, Holiday, CalendarSpec, DayHours,
        Target, Targets, TargetPolicy, DueInfo, ResponseSettings, DuePreview, TimeCheck,
        PromiseStatus, Promise, NewPromise, PromiseOutcome, PromisesPage, KeptRate,
        Expectations, KeyFact, ComplaintStatus, Complaint, NewComplaint, CustomerContext,
        BriefPart, BriefSection, Brief, HandoffInput, Handoff,
        Segment, SearchQuery, CustomerHit, CaseHit, EntryHit, SearchResults,
        BackupKind, BackupInfo, RestoreReport, ExportReport, ImportReport, ExportInfo, CustomerExportReport, Forgotten, Retention, DueCustomer,
        CsvField, CsvSource, CsvLine, CsvColumn, CsvInspection, CsvRequest, CsvProblem, CsvLeftOut, CsvRowPreview, CsvReport,
        ComplaintClosing, ComplaintsPage, EscalationStatus, Escalation, NewEscalation, EscalationClosing,
        EscalationsPage, Satisfaction, NewSatisfaction, OutreachOutcome, OutreachCandidate, OutreachList,
        OutreachSampleRequest, NewOutreachCall,
        ReportName, Period, ReportRequest, Cell, ReportColumn, ReportTable, Report,
        DuplicateReason, DuplicateSide, DuplicatePair, MergeRecord,
        FileKind, FileRef, StagedFile, Attachment,
        ServerAddress, SyncConfig, ServerDesk, SyncState, SyncStatus, Pushed, SyncReport, JoinCodeMade, ShopSealed,
        SetAsideReason, SetAside, CarriedCount,
        MailAddress, MailAttachment, Noise, SentHow, Mail, OutgoingMail, MailRefusal, Security, MailSettings, ServerGuess,
        ShopMailbox, UnfiledMail, MailboxInfo, OutboxStatus, OutboxItem, MailState, MailStatus, PasswordKept, TestStep,
        MailTest, MailReplyInput,
        ReplyText, ReplyUse, SavedReply, NewSavedReply, SavedReplyPatch, UseSavedReply, Gap, FilledReply, SavedReplies,
        LogMark, CaseNews, Here, Presence,
    ];
    let mut out = String::from(
        "// Generated from the Rust types by tests/bindings.rs. Do not edit by hand:\n\
         // run `make bindings` after changing a type that crosses IPC.\n\n",
    );
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    // Every feature's events, from the shop's one list of features: any
    // event, as the timeline carries it, and every kind a change can name
    // (an event set aside is told as one of its own).
    for d in casebook::shop::event_declarations() {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str("export type EventKind = EventPayload['kind'] | 'event_set_aside';\n\n");
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/api/types.ts");
    let fresh = generated();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write ui/src/lib/api/types.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/api/types.ts is stale: a Rust type that crosses IPC changed. Run `make bindings` and commit the result."
    );
}
