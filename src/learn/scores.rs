//! The customer's score for a case (1 to 5) and what they said, asked at the
//! counter, by phone or later.

use crate::msg;
use rusqlite::{Connection, OptionalExtension};

use super::{LearnEvent, NewSatisfaction, Satisfaction};
use crate::core::validate::{self, NOTES_MAX};
use crate::core::{clock, Ctx, Error, Result, Store, Writer};

pub fn case_satisfaction(conn: &Connection, case_id: &str) -> Result<Option<Satisfaction>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.case_id, s.score, s.comment, s.at, st.name
             FROM satisfaction s LEFT JOIN staff st ON st.id = s.by_staff WHERE s.case_id = ?1",
        )?
        .query_row([case_id], |r| {
            Ok(Satisfaction {
                case_id: r.get(0)?,
                score: r.get(1)?,
                comment: r.get(2)?,
                at: clock::from_ms(r.get(3)?),
                by_name: r.get(4)?,
            })
        })
        .optional()?)
}

impl Writer<'_> {
    /// Records the customer's score for a case. A later score for the same case
    /// replaces it in the reports; both stay on the timeline.
    pub fn record_satisfaction(&mut self, ctx: &Ctx, input: &NewSatisfaction) -> Result<Satisfaction> {
        self.check_actor(ctx)?;
        let customer_id = self.case_customer_id(&input.case_id)?;
        if !(1..=5).contains(&input.score) {
            return Err(Error::invalid(
                "score",
                msg!("error-learn-score-1-very-unhappy-5", score = input.score),
            ));
        }
        let score = input.score as u8;
        let comment = validate::optional_text(
            &input.comment,
            "comment",
            msg!("label-the-customers-comment"),
            NOTES_MAX,
        )?;
        let event = LearnEvent::SatisfactionRecorded { score, comment };
        self.append(ctx, Some(&customer_id), Some(&input.case_id), &event)?;
        case_satisfaction(self.tx(), &input.case_id)?
            .ok_or_else(|| Error::Internal("the score was not recorded".into()))
    }
}

impl Store {
    pub fn satisfaction(&self, case_id: &str) -> Result<Option<Satisfaction>> {
        case_satisfaction(&self.conn, case_id)
    }
}
