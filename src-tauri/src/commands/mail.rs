//! The shop's mailbox: the Mailbox page, replies by mail from a case, and
//! how sending each reply stands. Connecting and testing talk to the mail
//! servers, so they run on the app's async threads.

use casebook::mail::{self, MailSettings};
use casebook::model::*;

use super::commands;

commands! {
    feature: "mail";
    /// How the shop's mailbox stands on this desk (the page also hears every change).
    app mail_status() -> MailStatus = |st| Ok(st.mail_status());
    /// Which desk handles the shop's mail, this desk's settings, the outbox and mail that belongs to nobody.
    read mailbox_info() -> MailboxInfo = |s| s.mailbox_info();
    /// The servers of a well-known provider, guessed from the address.
    pure guess_mail_servers(address: String) -> ServerGuess = |_| Ok::<_, casebook::Error>(mail::guess_servers(&address));
    /// Signs in to both servers and says in words what works and what does not.
    app test_mailbox(settings: MailSettings, password: String) -> MailTest =
        |st| Ok(mail::test_mailbox_in(&settings, &password, st.lang()).await);
    /// Connects the shop's mailbox on this desk (after testing it): this desk fetches and sends its mail.
    app connect_mailbox(settings: MailSettings, password: String) -> MailTest = |st| {
        let test = mail::connect_mailbox(st.db()?, Actor::AtDesk, MailboxSetup { settings, password }).await?;
        st.wake_mail();
        Ok(test)
    };
    /// Stops fetching and sending the shop's mail; this desk forgets its settings and password.
    app disconnect_mailbox() -> () = |st| {
        mail::disconnect_mailbox(st.db()?, Actor::AtDesk).await?;
        st.wake_mail();
        Ok(())
    };
    /// Looks for new mail and sends waiting replies now.
    app check_mail_now() -> () = |st| {
        st.wake_mail();
        Ok(())
    };
    /// Writes a reply by mail on an email case; it waits in the outbox until the mail desk sends it.
    act reply_by_mail(input: MailReplyInput) -> TimelineEntry = |w, ctx| w.reply_by_mail(ctx, &input);
    /// How sending these replies stands.
    read mail_reply_states(reply_ids: Vec<String>) -> Vec<OutboxItem> = |s| s.mail_reply_states(&reply_ids);
    /// Replies by mail not sent yet, newest first.
    read mail_outbox() -> Vec<OutboxItem> = |s| s.mail_outbox(true, 200);
    /// Tries a reply that failed again.
    act retry_mail_reply(reply_id: String) -> () = |w, ctx| w.retry_mail_reply(ctx, &reply_id);
}
