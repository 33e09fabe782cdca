//! Every type that crosses IPC or a feature boundary, in one place for the
//! callers outside the library (the desktop shell, the CLI, the tests). The
//! library's own modules import from each feature directly.
//!
//! Ids are text (UUIDv7) and times are RFC 3339 strings on the wire, so the UI
//! never sees an integer it cannot hold.

pub use crate::cases::{
    CallDirection, CaseEvent, CaseNews, CaseState, CaseStatus, CaseSummary, CaseUpdate, Channel,
    CustomerChoice, Draft, EntryKind, LogMark, NewEntry, NewInteraction, Priority, QueuePage, TimelineEntry,
    TimelinePage,
};
pub use crate::core::{ChangeSet, FieldChange, Id, RawJson, Right, Ts};
pub use crate::core::{Lang, Msg, MsgArg};
pub use crate::customers::{
    Contact, Customer, CustomerEvent, CustomerMatch, CustomerPatch, Expectations, MatchField, NewCustomer,
};
pub use crate::duplicates::{DuplicateEvent, DuplicatePair, DuplicateReason, DuplicateSide, MergeRecord};
pub use crate::hours::HoursEvent;
pub use crate::learn::{
    Escalation, EscalationClosing, EscalationStatus, EscalationsPage, LearnEvent, NewEscalation,
    NewOutreachCall, NewSatisfaction, OutreachCandidate, OutreachList, OutreachOutcome,
    OutreachSampleRequest, Satisfaction,
};
pub use crate::mail::{
    Mail, MailAddress, MailAttachment, MailEvent, MailReplyInput, MailSettings, MailStatus, MailTest,
    MailboxInfo, MailboxSetup, OutboxItem, OutboxStatus, Security, ServerGuess,
};
pub use crate::replies::{
    FilledReply, Gap, NewSavedReply, ReplyEvent, ReplyText, ReplyUse, SavedReplies, SavedReply,
    SavedReplyPatch, UseSavedReply,
};
pub use crate::shop::{CaseDetail, DeskInfo, DeskStatus, EventPayload, LoggedEvent, WhatsNew};
pub use crate::staff::{
    Actor, LocaleChoice, LocaleSettings, NewStaff, PasscodeAsk, PasscodeRule, RuleEdit, SignInTries, Staff,
    StaffEvent, StaffRole,
};
pub use crate::tell::{
    Brief, BriefPart, BriefSection, Complaint, ComplaintClosing, ComplaintStatus, ComplaintsPage,
    CustomerContext, Handoff, HandoffInput, KeptRate, KeyFact, NewComplaint, NewPromise, Promise,
    PromiseOutcome, PromiseStatus, PromisesPage, TellEvent,
};
