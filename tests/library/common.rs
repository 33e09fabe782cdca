//! A small shop to test against.

use casebook::model::*;
use casebook::{Ctx, Store};

pub struct Shop {
    pub store: Store,
    pub ana: Staff,
    pub ben: Staff,
}

impl Shop {
    pub fn new() -> Shop {
        let mut store = Store::open_in_memory().expect("an in-memory store opens");
        let (ana, ben) = store
            .write(|w| {
                let ana = w.add_staff(
                    &Ctx::now(None),
                    &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner },
                )?;
                let ben = w.add_staff(
                    &Ctx::staff(&ana.id),
                    &NewStaff { name: "Ben Okafor".into(), role: StaffRole::Staff },
                )?;
                Ok((ana, ben))
            })
            .expect("staff can be added");
        Shop { store, ana, ben }
    }

    pub fn as_ana(&self) -> Ctx {
        Ctx::staff(&self.ana.id)
    }

    pub fn as_ben(&self) -> Ctx {
        Ctx::staff(&self.ben.id)
    }

    pub fn events(&self) -> u32 {
        self.store.desk_info().unwrap().events
    }

    pub fn customer(&mut self, name: &str, phone: &str, email: &str) -> Customer {
        let ctx = self.as_ana();
        let input = NewCustomer {
            name: name.into(),
            phones: if phone.is_empty() { vec![] } else { vec![phone.into()] },
            emails: if email.is_empty() { vec![] } else { vec![email.into()] },
            ..NewCustomer::default()
        };
        self.store.write(|w| w.create_customer(&ctx, &input, false)).expect("customer is created")
    }

    pub fn open_case(
        &mut self,
        ctx: &Ctx,
        customer_id: &str,
        subject: &str,
        said: Option<&str>,
    ) -> CaseSummary {
        let input = NewInteraction {
            customer: CustomerChoice::Existing { id: customer_id.into() },
            subject: subject.into(),
            channel: Channel::WalkIn,
            priority: Priority::Normal,
            owner_id: ctx.staff_id.clone(),
            message: said.map(str::to_owned),
            expectations: None,
        };
        self.store.write(|w| w.open_case(ctx, &input)).expect("case opens")
    }

    pub fn add(&mut self, ctx: &Ctx, case_id: &str, kind: EntryKind, body: &str) -> TimelineEntry {
        let input = NewEntry { case_id: case_id.into(), kind, body: body.into(), direction: None };
        self.store.write(|w| w.add_entry(ctx, &input)).expect("entry is added")
    }
}

/// A context at a fixed time, `minutes` after a fixed start.
pub fn at(staff: &Staff, minutes: i64) -> Ctx {
    let start = casebook::clock::parse("2026-03-02T09:00:00Z").unwrap();
    Ctx::at(Some(staff.id.clone()), start + chrono::Duration::minutes(minutes))
}

/// The kind of a timeline entry's event, as the log stores it.
pub fn kind_of(e: &TimelineEntry) -> &'static str {
    casebook::core::Event::kind(&e.event().expect("every stored event reads back"))
}

/// Runs a test-server script's `start`. Tests start their servers side by
/// side: a port the script picked as free can be taken by another test's
/// server before its own binds it. The scripts clean up after a failed start,
/// so another try (with other ports) is safe.
pub fn start_servers(script: &str) -> std::process::Output {
    let start = || std::process::Command::new(script).arg("start").output().expect("the server script runs");
    let mut out = start();
    for _ in 0..4 {
        if out.status.success() || !String::from_utf8_lossy(&out.stderr).contains("already in use") {
            break;
        }
        out = start();
    }
    out
}
