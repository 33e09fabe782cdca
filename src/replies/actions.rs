//! What a person does with saved replies: add, change, remove, put one into
//! an answer, and (an owner) name the shop. Each checks what was typed and
//! who is acting, then records one event.

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;

use super::fill::{self, Placeholder};
use super::{
    pick, FilledReply, NewSavedReply, ReplyEvent, ReplyText, SavedReply, SavedReplyPatch, UseSavedReply,
};
use crate::core::validate::{self, BODY_MAX, NAME_MAX};
use crate::core::words::{date_locale, Lang};
use crate::core::{clock, ids, Ctx, Error, Result, Right, Writer};
use crate::msg;

/// The texts as typed, checked: each in one of Casebook's languages, once.
fn checked_texts(texts: &[ReplyText]) -> Result<Vec<ReplyText>> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for t in texts {
        let Some(language) = Lang::from_code(&t.language).map(|l| l.code().to_owned()) else {
            return Err(Error::invalid(
                "texts",
                msg!("error-locale-unknown-language", language = t.language.trim()),
            ));
        };
        let body = validate::optional_text(&t.body, "texts", msg!("label-the-reply"), BODY_MAX)?;
        out.insert(language, body);
    }
    Ok(out.into_iter().map(|(language, body)| ReplyText { language, body }).collect())
}

impl Writer<'_> {
    /// Saves a reply for everyone at the shop. Marking it as the shop's is
    /// an owner's.
    pub fn add_saved_reply(&mut self, ctx: &Ctx, input: &NewSavedReply) -> Result<SavedReply> {
        if input.shop {
            self.check_right(ctx, Right::Owner, msg!("lead-mark-shop-reply"))?;
        } else {
            self.check_actor(ctx)?;
        }
        let name = validate::required_line(&input.name, "name", msg!("label-name"), NAME_MAX)?;
        self.check_name_free(&name, None)?;
        let texts: Vec<ReplyText> =
            checked_texts(&input.texts)?.into_iter().filter(|t| !t.body.is_empty()).collect();
        if texts.is_empty() {
            return Err(Error::invalid("texts", msg!("error-replies-needs-text")));
        }
        let reply_id = ids::new_id();
        let event = ReplyEvent::SavedReplyAdded { reply_id: reply_id.clone(), name, shop: input.shop, texts };
        self.append(ctx, None, None, &event)?;
        self.held_reply(&reply_id)
    }

    /// Changes a saved reply: what changed is recorded (its name, whether it
    /// is the shop's, the languages whose text changed), so another desk's
    /// change to another language stays. The shop's replies are an owner's.
    pub fn edit_saved_reply(&mut self, ctx: &Ctx, patch: &SavedReplyPatch) -> Result<SavedReply> {
        let before = self.held_reply(&patch.reply_id)?;
        if before.shop || patch.shop.is_some_and(|s| s != before.shop) {
            self.check_right(ctx, Right::Owner, msg!("lead-change-shop-reply"))?;
        } else {
            self.check_actor(ctx)?;
        }
        let name = match &patch.name {
            Some(n) => {
                let n = validate::required_line(n, "name", msg!("label-name"), NAME_MAX)?;
                self.check_name_free(&n, Some(&before.id))?;
                (n != before.name).then_some(n)
            }
            None => None,
        };
        let shop = patch.shop.filter(|s| *s != before.shop);
        let texts: Vec<ReplyText> = checked_texts(&patch.texts)?
            .into_iter()
            .filter(|t| {
                let held = before.texts.iter().find(|h| h.language == t.language);
                held.map(|h| h.body.as_str()) != Some(t.body.as_str())
                    && !(held.is_none() && t.body.is_empty())
            })
            .collect();
        // The languages the reply has after this edit.
        let mut after: BTreeMap<&str, &str> =
            before.texts.iter().map(|h| (h.language.as_str(), h.body.as_str())).collect();
        for t in &texts {
            match t.body.as_str() {
                "" => after.remove(t.language.as_str()),
                body => after.insert(t.language.as_str(), body),
            };
        }
        if after.is_empty() {
            return Err(Error::invalid("texts", msg!("error-replies-needs-text")));
        }
        if name.is_none() && shop.is_none() && texts.is_empty() {
            return Ok(before);
        }
        let event = ReplyEvent::SavedReplyEdited { reply_id: before.id.clone(), name, shop, texts };
        self.append(ctx, None, None, &event)?;
        self.held_reply(&before.id)
    }

    /// Removes a saved reply from the list (its uses stay counted in the log).
    pub fn remove_saved_reply(&mut self, ctx: &Ctx, reply_id: &str) -> Result<()> {
        let before = self.held_reply(reply_id)?;
        if before.shop {
            self.check_right(ctx, Right::Owner, msg!("lead-change-shop-reply"))?;
        } else {
            self.check_actor(ctx)?;
        }
        self.append(ctx, None, None, &ReplyEvent::SavedReplyRemoved { reply_id: before.id }).map(drop)
    }

    /// Names the shop as saved replies say it (`{shop_name}`); empty clears it.
    pub fn name_shop(&mut self, ctx: &Ctx, name: &str) -> Result<()> {
        self.check_right(ctx, Right::Owner, msg!("lead-name-shop"))?;
        let name = validate::optional_line(name, "name", msg!("label-name"), NAME_MAX)?;
        if super::shop_name(self.tx())?.unwrap_or_default() == name {
            return Ok(());
        }
        self.append(ctx, None, None, &ReplyEvent::ShopNamed { name }).map(drop)
    }

    /// Puts a saved reply into an answer on a case: the version in the
    /// customer's language (or the one asked for), its placeholders filled
    /// from this case, what could not be filled marked. The use is counted.
    /// Nothing is sent: the person edits and sends the answer as usual.
    pub fn use_saved_reply(&mut self, ctx: &Ctx, input: &UseSavedReply) -> Result<FilledReply> {
        self.check_actor(ctx)?;
        let reply = self.held_reply(&input.reply_id)?;
        let (customer_name, customer_lang): (String, String) = self
            .tx()
            .prepare_cached(
                "SELECT c.name, c.language FROM cases k JOIN customers c ON c.id = k.customer_id WHERE k.id = ?1",
            )?
            .query_row([&input.case_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| Error::not_found("Case", &input.case_id))?;
        let shop_lang = crate::staff::shop_lang(self.tx())?;
        // Asked for, else the customer's, else the shop's.
        let wanted = [input.language.as_deref().unwrap_or_default(), customer_lang.as_str()]
            .into_iter()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or(shop_lang.code());
        let text = pick(&reply.texts, wanted, shop_lang.code())
            .cloned()
            .ok_or_else(|| Error::invalid("reply_id", msg!("error-replies-needs-text")))?;
        let lang = Lang::parse(&text.language).unwrap_or(shop_lang);
        let values = self.placeholder_values(ctx, &customer_name, &input.case_id, lang)?;
        let (filled, gaps) = fill::fill_text(&text.body, |p| values.get(&p).cloned(), lang);
        self.append(
            ctx,
            None,
            None,
            &ReplyEvent::SavedReplyUsed { reply_id: reply.id.clone(), language: text.language.clone() },
        )?;
        Ok(FilledReply { reply_id: reply.id, name: reply.name, language: text.language, text: filled, gaps })
    }

    /// What each placeholder is on this case, now, in `lang`; those with
    /// nothing to say are left out.
    fn placeholder_values(
        &self,
        ctx: &Ctx,
        customer_name: &str,
        case_id: &str,
        lang: Lang,
    ) -> Result<std::collections::HashMap<Placeholder, String>> {
        let mut v = std::collections::HashMap::new();
        if let Some(first) = fill::first_name(customer_name) {
            v.insert(Placeholder::FirstName, first);
        }
        v.insert(Placeholder::CaseRef, crate::mail::case_reference(case_id));
        if let Some(name) = super::shop_name(self.tx())? {
            v.insert(Placeholder::ShopName, name);
        }
        if let Some(id) = &ctx.staff_id {
            v.insert(Placeholder::MyName, crate::staff::staff_member(self.tx(), id)?.name);
        }
        let settings = self.settings()?;
        let cal = &settings.calendar;
        let region = crate::staff::shop_region(self.tx())?;
        let dates = date_locale(&region, lang);
        let now = clock::to_ms(ctx.at);
        let hours = cal.hours_on(cal.local_date(now));
        v.insert(
            Placeholder::HoursToday,
            if hours.is_empty() {
                msg!("reply-closed-today").text(lang)
            } else {
                hours.iter().map(|(a, b)| format!("{a}\u{2013}{b}")).collect::<Vec<_>>().join(", ")
            },
        );
        let due: Option<i64> = self
            .tx()
            .prepare_cached(
                "SELECT due_at FROM promises WHERE case_id = ?1 AND status = 'open' ORDER BY due_at, id LIMIT 1",
            )?
            .query_row([case_id], |r| r.get(0))
            .optional()?;
        if let Some(due) = due {
            let local = clock::from_ms(due).with_timezone(&cal.tz());
            v.insert(Placeholder::PromiseDue, local.format_localized("%A %-d %B, %H:%M", dates).to_string());
        }
        Ok(v)
    }

    fn held_reply(&self, id: &str) -> Result<SavedReply> {
        super::held(self.tx(), id)
    }

    /// Two saved replies by one name would be hard to tell apart in a search.
    fn check_name_free(&self, name: &str, except: Option<&str>) -> Result<()> {
        let taken: Option<String> = self
            .tx()
            .prepare_cached(
                "SELECT id FROM saved_replies WHERE removed_at IS NULL AND lower(name) = lower(?1) AND id IS NOT ?2",
            )?
            .query_row(rusqlite::params![name, except], |r| r.get(0))
            .optional()?;
        match taken {
            Some(_) => Err(Error::invalid("name", msg!("error-replies-name-taken", name))),
            None => Ok(()),
        }
    }
}
