//! The case the attachment tests and bench attach their files to: a new
//! customer walks in with a cracked frame. One copy, included by path by the
//! integration tests and the attachment bench.

use casebook::model::{Channel, CustomerChoice, NewCustomer, NewInteraction, Priority};

/// Dana Reyes, a new customer, walks in about a cracked frame and says `message`.
pub fn cracked_frame(message: &str) -> NewInteraction {
    NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer { name: "Dana Reyes".into(), ..NewCustomer::default() },
            allow_duplicate: true,
        },
        subject: "Cracked frame".into(),
        channel: Channel::WalkIn,
        priority: Priority::Normal,
        owner_id: None,
        message: Some(message.into()),
        expectations: None,
    }
}
