//! Saved replies, and what came in on a case while someone was writing.

use casebook::model::*;

use super::commands;

commands! {
    feature: "replies";
    /// Saved replies whose name or words hold what was typed, the best first.
    read saved_replies(query: String, limit: u32 = "20") -> SavedReplies = |s| s.saved_replies(&query, limit);
    /// Saves a reply for everyone at the shop (marking it the shop's is an owner's).
    act add_saved_reply(input: NewSavedReply) -> SavedReply = |w, ctx| w.add_saved_reply(ctx, &input);
    /// Changes a saved reply: what changed is recorded.
    act edit_saved_reply(input: SavedReplyPatch) -> SavedReply = |w, ctx| w.edit_saved_reply(ctx, &input);
    act remove_saved_reply(reply_id: String) -> () = |w, ctx| w.remove_saved_reply(ctx, &reply_id);
    /// A saved reply filled in for a case, to put into the answer; the use is counted.
    act use_saved_reply(input: UseSavedReply) -> FilledReply = |w, ctx| w.use_saved_reply(ctx, &input);
    /// The shop's name as saved replies say it (an owner's).
    act name_shop(name: String) -> () = |w, ctx| w.name_shop(ctx, &name);
    /// A place in this desk's log: what the person had seen when they started writing.
    read log_mark() -> LogMark = |s| s.log_mark();
    /// What came in on a case since the mark from anyone else.
    read case_news(case_id: String, mark: LogMark) -> CaseNews =
        |s| s.case_news(&case_id, mark, s.current_staff_id()?.as_deref());
}
