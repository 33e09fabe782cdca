//! Saved replies from the command line: list, add, change, remove, fill one
//! in for a case, and the shop's name as replies say it.

use casebook::model::{NewSavedReply, ReplyText, SavedReply, SavedReplyPatch, UseSavedReply};
use casebook::{msg, Error, Result, Store};
use clap::Subcommand;

use crate::{act, print, t};

#[derive(Subcommand)]
pub enum ReplyCommand {
    /// The saved replies whose name or words hold QUERY (all when left out),
    /// the best first, with how often each was used.
    List {
        #[arg(value_name = "QUERY", default_value = "")]
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// One saved reply: every language's text and who used it.
    Show {
        /// Its name or id.
        #[arg(value_name = "REPLY")]
        reply: String,
    },
    /// Save a reply for everyone at the shop. Placeholders: {first_name},
    /// {case_ref}, {promise_due}, {shop_name}, {hours_today}, {my_name}.
    Add {
        #[arg(long)]
        name: String,
        /// A language's text, as LANG=TEXT (e.g. nl="Hoi {first_name}"); repeat
        /// for each language.
        #[arg(long = "text", value_name = "LANG=TEXT", required = true)]
        texts: Vec<String>,
        /// The shop's reply: only an owner changes it (an owner's to mark).
        #[arg(long)]
        shop: bool,
    },
    /// Change a saved reply; only what is given changes. An empty text
    /// (LANG=) removes that language.
    Edit {
        #[arg(value_name = "REPLY")]
        reply: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long = "text", value_name = "LANG=TEXT")]
        texts: Vec<String>,
        /// Mark it the shop's (true) or not (false): an owner's.
        #[arg(long)]
        shop: Option<bool>,
    },
    /// Remove a saved reply from the list.
    Remove {
        #[arg(value_name = "REPLY")]
        reply: String,
    },
    /// Print a saved reply filled in for a case, in the customer's language
    /// (or --language), ready to send; what could not be filled is left in
    /// [brackets]. The use is counted.
    Use {
        #[arg(value_name = "REPLY")]
        reply: String,
        #[arg(long = "case", value_name = "CASE")]
        case_id: String,
        #[arg(long)]
        language: Option<String>,
    },
    /// The shop's name as saved replies say it ({shop_name}); "" clears it.
    ShopName {
        #[arg(value_name = "NAME")]
        name: String,
    },
}

/// `nl=Hoi` as a language's text.
fn texts(raw: &[String]) -> Result<Vec<ReplyText>> {
    raw.iter()
        .map(|r| match r.split_once('=') {
            Some((language, body)) => Ok(ReplyText { language: language.trim().into(), body: body.into() }),
            None => Err(Error::invalid("texts", msg!("error-cli-reply-text-lang-equals", text = r.as_str()))),
        })
        .collect()
}

/// A saved reply by its id or its name (without regard to case).
fn find(store: &Store, which: &str) -> Result<SavedReply> {
    if let Ok(r) = store.saved_reply(which) {
        return Ok(r);
    }
    let all = store.saved_replies(which, u32::MAX)?;
    all.replies
        .into_iter()
        .find(|r| r.name.eq_ignore_ascii_case(which.trim()))
        .ok_or_else(|| Error::not_found("Saved reply", which))
}

fn line(r: &SavedReply) -> String {
    let langs: Vec<&str> = r.texts.iter().map(|t| t.language.as_str()).collect();
    let shop = if r.shop { " *" } else { "" };
    format!(
        "{}  {}{}  [{}]  {}",
        r.id,
        r.name,
        shop,
        langs.join(" "),
        t(msg!("cli-reply-uses", count = r.uses))
    )
}

pub fn replies(cli: &crate::args::Cli, store: &mut Store, command: &ReplyCommand) -> Result<()> {
    match command {
        ReplyCommand::List { query, limit } => {
            let found = store.saved_replies(query, *limit)?;
            print(cli, &found, |f| {
                let mut lines: Vec<String> = f.replies.iter().map(line).collect();
                lines.push(t(msg!("cli-reply-found", count = f.replies.len(), total = f.total)));
                lines.join("\n")
            })
        }
        ReplyCommand::Show { reply } => {
            let r = find(store, reply)?;
            print(cli, &r, |r| {
                let mut out = vec![line(r)];
                for text in &r.texts {
                    out.push(format!("\n[{}]\n{}", text.language, text.body));
                }
                for u in &r.used_by {
                    out.push(format!("{}: {}", u.staff_name.as_deref().unwrap_or("-"), u.uses));
                }
                out.join("\n")
            })
        }
        ReplyCommand::Add { name, texts: raw, shop } => {
            let input = NewSavedReply { name: name.clone(), shop: *shop, texts: texts(raw)? };
            let r = act(cli, store, |w, ctx| w.add_saved_reply(ctx, &input))?;
            print(cli, &r, |r| t(msg!("cli-reply-saved", name = r.name.as_str(), id = r.id.as_str())))
        }
        ReplyCommand::Edit { reply, name, texts: raw, shop } => {
            let id = find(store, reply)?.id;
            let patch = SavedReplyPatch { reply_id: id, name: name.clone(), shop: *shop, texts: texts(raw)? };
            let r = act(cli, store, |w, ctx| w.edit_saved_reply(ctx, &patch))?;
            print(cli, &r, |r| t(msg!("cli-reply-saved", name = r.name.as_str(), id = r.id.as_str())))
        }
        ReplyCommand::Remove { reply } => {
            let r = find(store, reply)?;
            act(cli, store, |w, ctx| w.remove_saved_reply(ctx, &r.id))?;
            print(cli, &r.id, |_| t(msg!("cli-reply-removed", name = r.name.as_str())))
        }
        ReplyCommand::Use { reply, case_id, language } => {
            let input = UseSavedReply {
                reply_id: find(store, reply)?.id,
                case_id: case_id.clone(),
                language: language.clone(),
            };
            let filled = act(cli, store, |w, ctx| w.use_saved_reply(ctx, &input))?;
            print(cli, &filled, |f| f.text.clone())
        }
        ReplyCommand::ShopName { name } => {
            act(cli, store, |w, ctx| w.name_shop(ctx, name))?;
            print(cli, name, |n| t(msg!("cli-reply-shop-named", name = n.as_str())))
        }
    }
}
