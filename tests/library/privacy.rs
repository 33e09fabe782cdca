//! What the shop holds about a customer, given to them: the readable page in
//! the shop's language and the JSON beside it.

use casebook::model::*;
use casebook::privacy::SubjectRecord;
use casebook::{Ctx, ErrorCode};

use crate::common::Shop;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is written: {e}"))
}

#[test]
fn a_customers_export_holds_every_record_about_them_and_nobody_elses() {
    let mut shop = Shop::new();
    let marta = shop.customer("Marta <b>Kowalska</b>", "+48 601 234 567", "marta@example.pl");
    let other = shop.customer("Otto Other", "+31 6 1234 5678", "otto@example.nl");
    let (ana, ben) = (shop.as_ana(), shop.as_ben());
    let case = shop.open_case(
        &ana,
        &marta.id,
        "Gears slip on the blue bike",
        Some("It slips in third gear & grinds"),
    );
    shop.add(&ben, &case.id, EntryKind::Reply, "We ordered a new chain <script>alert(1)</script>");
    let due = casebook::clock::now() + chrono::Duration::days(2);
    shop.store
        .write(|w| {
            w.make_promise(
                &ana,
                &NewPromise {
                    case_id: case.id.clone(),
                    text: "Call back with the price".into(),
                    due_at: due,
                    owner_id: None,
                },
            )
        })
        .unwrap();
    let theirs = shop.open_case(&ana, &other.id, "Otto's flat tyre", Some("Otto's secret words"));
    assert!(!theirs.id.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let report = shop.store.export_customer(&marta.id, dir.path()).expect("the export is written");
    assert_eq!(report.cases, 1, "Marta has one case");
    assert!(
        report.folder.starts_with(&dir.path().display().to_string()),
        "the folder is inside the one asked for"
    );
    assert!(
        report.folder.contains("customer-marta-b-kowalska-b"),
        "the folder is named after the customer: {}",
        report.folder
    );

    let page = read(&report.readable);
    for words in [
        "Gears slip on the blue bike",
        "It slips in third gear &amp; grinds",
        "Call back with the price",
        "+48 601 234 567",
        "marta@example.pl",
        "Ben Okafor",
    ] {
        assert!(page.contains(words), "the readable page holds {words:?}");
    }
    assert!(
        page.contains("Marta &lt;b&gt;Kowalska&lt;/b&gt;"),
        "what people typed is shown, never taken as markup"
    );
    assert!(!page.contains("<script>"), "no typed markup reaches the page as markup");
    assert!(page.contains("Our reply") && page.contains("Your message"), "each entry says what kind it was");
    assert!(!page.contains("Otto"), "nothing about another customer is in Marta's export");

    let record: SubjectRecord = serde_json::from_str(&read(&report.data)).expect("the JSON reads back");
    assert_eq!(record.customer.id, marta.id);
    assert_eq!(record.history.len() as u32, report.entries, "the report counts what the JSON holds");
    let kinds: Vec<&str> = record.history.iter().map(|e| e.kind.as_str()).collect();
    for kind in ["customer_created", "case_opened", "customer_message", "reply", "promise_made"] {
        assert!(kinds.contains(&kind), "the history holds the {kind} event, in order: {kinds:?}");
    }
    assert!(record.history.windows(2).all(|w| w[0].at <= w[1].at), "the history reads oldest first");
    assert_eq!(record.promises.len(), 1, "the promise is listed with its outcome");
    assert!(!serde_json::to_string(&record).unwrap().contains("Otto"), "the JSON holds nobody else either");
}

#[test]
fn the_readable_page_speaks_the_shops_language_and_a_merged_customer_exports_whole() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    shop.store
        .write(|w| {
            w.set_shop_locale(&ana, Some(&LocaleChoice { language: "nl".into(), region: "nl-NL".into() }))
        })
        .unwrap();
    let first = shop.customer("Jan de Vries", "+31 6 1111 2222", "");
    let second = shop.customer("J. de Vries", "", "jan@example.nl");
    shop.open_case(&ana, &first.id, "Band lek", Some("Achterband lek"));
    shop.open_case(&ana, &second.id, "Remmen piepen", Some("De remmen piepen"));
    let kept = shop.store.write(|w| w.merge_customers(&ana, &first.id, &second.id)).unwrap();
    let gone = if kept == first.id { &second.id } else { &first.id };
    let german = CustomerPatch { language: Some("de".into()), ..CustomerPatch::default() };
    shop.store.write(|w| w.update_customer(&ana, &kept, &german)).unwrap();

    let dir = tempfile::tempdir().unwrap();
    // Asked by the id that was merged away: the customer is the survivor, whole.
    let report = shop.store.export_customer(gone, dir.path()).unwrap();
    assert_eq!(report.cases, 2, "both records' cases are the one customer's now");
    let page = read(&report.readable);
    assert!(page.contains("<html lang=\"nl\">"), "the page says its language");
    for words in
        ["Wat wij over", "Uw zaken", "Band lek", "Remmen piepen", "jan@example.nl", "+31 6 1111 2222"]
    {
        assert!(page.contains(words), "the Dutch page holds {words:?}");
    }
    assert!(
        page.contains("We schrijven u in</dt><dd class=\"words\">Deutsch"),
        "and the language they are written to in"
    );
    let record: SubjectRecord = serde_json::from_str(&read(&report.data)).unwrap();
    assert_eq!(record.customer.language, "de", "the data file holds it too");
    assert_eq!(record.ids.len(), 2, "both ids the customer was kept under are named");
}

#[test]
fn exporting_a_customer_that_does_not_exist_says_so_and_writes_nothing() {
    let shop = Shop::new();
    let dir = tempfile::tempdir().unwrap();
    let err = shop.store.export_customer("01a00000-0000-7000-8000-000000000000", dir.path()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "an unknown customer is not found: {err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no folder is left behind");
}

/// Every file of a desk's database: the database, its write-ahead log and its index of the log.
fn desk_files(db: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let path = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        if let Ok(bytes) = std::fs::read(&path) {
            out.push((path.display().to_string(), bytes));
        }
    }
    out
}

fn holds(files: &[(String, Vec<u8>)], words: &str) -> Vec<String> {
    let needle = words.as_bytes();
    files
        .iter()
        .filter(|(_, b)| b.windows(needle.len()).any(|w| w == needle))
        .map(|(p, _)| p.clone())
        .collect()
}

fn file_backed() -> (tempfile::TempDir, std::path::PathBuf, Shop) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casebook.db");
    let mut store = casebook::Store::open(&path).unwrap();
    let (ana, ben) = store
        .write(|w| {
            let ana =
                w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })?;
            let ben = w.add_staff(
                &Ctx::staff(&ana.id),
                &NewStaff { name: "Ben Okafor".into(), role: StaffRole::Staff },
            )?;
            Ok((ana, ben))
        })
        .unwrap();
    (dir, path, Shop { store, ana, ben })
}

/// What the forgotten customer said, wrote and was told: none of it may be
/// left anywhere once they are forgotten.
const ZEB: [&str; 7] = [
    "Zebulon Quirinus",
    "zebulon@quirk.example",
    "0612398765",
    "Quirkmobile",
    "zanzibarwords",
    "Callzebulonback",
    "Quirk Holdings",
];

fn zebulon(shop: &mut Shop) -> (Customer, CaseSummary) {
    let ana = shop.as_ana();
    let input = NewCustomer {
        name: ZEB[0].into(),
        phones: vec!["06 1239 8765".into()],
        emails: vec![ZEB[1].into()],
        organisation: ZEB[6].into(),
        ..NewCustomer::default()
    };
    let zeb = shop.store.write(|w| w.create_customer(&ana, &input, false)).unwrap();
    let case =
        shop.open_case(&ana, &zeb.id, &format!("{} squeaks", ZEB[3]), Some(&format!("my {} here", ZEB[4])));
    shop.add(&shop.as_ben(), &case.id, EntryKind::Reply, "We will look at the Quirkmobile today");
    // A long message spills over pages of its own, which go to the free list
    // when it loses its words: those must be wiped too.
    shop.add(&shop.as_ana(), &case.id, EntryKind::CustomerMessage, &format!("{} ", ZEB[4]).repeat(900));
    let due = casebook::clock::now() + chrono::Duration::days(1);
    shop.store
        .write(|w| {
            w.make_promise(
                &ana,
                &NewPromise { case_id: case.id.clone(), text: ZEB[5].into(), due_at: due, owner_id: None },
            )
        })
        .unwrap();
    (zeb, case)
}

#[test]
fn forgetting_a_customer_leaves_no_word_of_them_in_any_file_and_keeps_their_cases_counted() {
    let (_dir, path, mut shop) = file_backed();
    let otto = shop.customer("Otto Keepme", "+31 6 5555 0000", "otto@keep.example");
    shop.open_case(&shop.as_ana(), &otto.id, "Ottobike keeps its words", Some("Otto says keepwords"));
    let (zeb, case) = zebulon(&mut shop);
    let before = shop.store.queue(None, 50).unwrap().total;
    assert!(
        !holds(&desk_files(&path), ZEB[4]).is_empty(),
        "the words are in the files before: the check can see them"
    );

    let ana = shop.as_ana();
    let forgotten = shop.store.write(|w| w.forget_customer(&ana, &zeb.id, "Asked at the counter")).unwrap();
    assert!(shop.store.finish_forgetting().unwrap(), "the last steps ran");
    assert_eq!(forgotten.reason, "Asked at the counter");
    assert!(forgotten.number.starts_with('#'), "the customer is shown by a number now: {}", forgotten.number);

    let now = shop.store.customer(&zeb.id).unwrap();
    assert_eq!(now.name, forgotten.number, "the record keeps only its number");
    assert!(
        now.phones.is_empty() && now.emails.is_empty() && now.organisation.is_empty(),
        "no way to reach them is kept"
    );
    let kept = shop.store.case_summary(&case.id).unwrap();
    assert_eq!(kept.channel, Channel::WalkIn, "the case keeps how it came in");
    assert!(kept.subject.is_empty(), "and loses what it was about");
    assert_eq!(shop.store.queue(None, 50).unwrap().total, before, "the queue still counts the case");

    for words in ZEB {
        let found = shop
            .store
            .search(&casebook::search::SearchQuery { text: words.into(), ..Default::default() })
            .unwrap();
        assert!(
            found.customers.is_empty() && found.cases.is_empty() && found.entries.is_empty(),
            "search finds nothing for {words:?}"
        );
        assert!(
            shop.store.lookup_customers(words, 10).unwrap().is_empty(),
            "the type-ahead offers nothing for {words:?}"
        );
    }
    let timeline = shop.store.customer_timeline(&zeb.id, None, 100).unwrap();
    let shown = serde_json::to_string(&timeline).unwrap();
    for words in ZEB {
        assert!(!shown.contains(words), "the timeline shows nothing of {words:?}");
    }
    assert!(shown.contains("Asked at the counter"), "the erasure itself is in the history, with its reason");

    let record = casebook::privacy::subject_record(&shop.store, &zeb.id).unwrap();
    let exported = serde_json::to_string(&record).unwrap();
    for words in ZEB {
        assert!(!exported.contains(words), "an export holds nothing of {words:?}");
    }

    drop(shop);
    let files = desk_files(&path);
    for words in ZEB {
        assert_eq!(holds(&files, words), Vec::<String>::new(), "no file of the desk holds {words:?}");
    }
    assert!(!holds(&files, "keepwords").is_empty(), "another customer's words are all still there");
}

#[test]
fn only_an_owner_forgets_and_a_reason_is_needed() {
    let mut shop = Shop::new();
    let (zeb, _) = zebulon(&mut shop);
    let before = shop.events();
    let ben = shop.as_ben();
    let err = shop.store.write(|w| w.forget_customer(&ben, &zeb.id, "because")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "staff cannot forget a customer: {err}");
    let ana = shop.as_ana();
    let err = shop.store.write(|w| w.forget_customer(&ana, &zeb.id, "   ")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "an empty reason is refused: {err}");
    assert!(err.to_string().contains("Say why"), "and says what to do: {err}");
    assert_eq!(shop.events(), before, "a refused forget writes nothing");
    assert_eq!(shop.store.customer(&zeb.id).unwrap().name, ZEB[0], "and forgets nothing");
}

#[test]
fn nothing_more_is_written_about_a_forgotten_customer_and_they_are_never_merged_back() {
    let mut shop = Shop::new();
    let (zeb, case) = zebulon(&mut shop);
    let other = shop.customer("Zebulon Q.", "", "zq@quirk.example");
    let ana = shop.as_ana();
    shop.store.write(|w| w.forget_customer(&ana, &zeb.id, "Asked by mail")).unwrap();
    let before = shop.events();
    let input = NewEntry {
        case_id: case.id.clone(),
        kind: EntryKind::Note,
        body: "one more thing".into(),
        direction: None,
    };
    let err = shop.store.write(|w| w.add_entry(&ana, &input)).unwrap_err();
    assert!(
        err.to_string().contains("forgotten"),
        "adding to a forgotten customer's case says why not: {err}"
    );
    let err = shop.store.write(|w| w.merge_customers(&ana, &other.id, &zeb.id)).unwrap_err();
    assert!(err.to_string().contains("forgotten"), "merging with a forgotten customer says why not: {err}");
    let err = shop.store.write(|w| w.forget_customer(&ana, &zeb.id, "again")).unwrap_err();
    assert!(err.to_string().contains("already forgotten"), "forgetting twice says so: {err}");
    assert_eq!(shop.events(), before, "nothing was written");
    assert_eq!(
        shop.store.customer(&other.id).unwrap().name,
        "Zebulon Q.",
        "the other record keeps its own words"
    );
}

mod desks {
    //! Forgetting across desks: at once when online, at the next sync when
    //! offline; what a desk wrote before it heard is forgotten on arrival.

    use casebook::model::*;
    use casebook::sync::sync_once;
    use casebook::{Ctx, Store};

    use crate::settle::Shop as Desks;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
    }

    fn sync(shop: &mut Desks, desk: usize) {
        let mut relay = shop.relay.clone();
        block_on(sync_once(&mut shop.desks[desk], &mut relay, |_| {})).expect("sync runs");
    }

    fn customer_with_a_case(store: &mut Store, ctx: &Ctx) -> (Customer, CaseSummary) {
        let input = NewCustomer {
            name: "Zebulon Quirinus".into(),
            emails: vec!["zebulon@quirk.example".into()],
            ..NewCustomer::default()
        };
        let zeb = store.write(|w| w.create_customer(ctx, &input, true)).unwrap();
        let case = store
            .write(|w| {
                w.open_case(
                    ctx,
                    &NewInteraction {
                        customer: CustomerChoice::Existing { id: zeb.id.clone() },
                        subject: "Quirkmobile squeaks".into(),
                        channel: Channel::Phone,
                        priority: Priority::Normal,
                        owner_id: None,
                        message: Some("my zanzibarwords here".into()),
                        expectations: None,
                    },
                )
            })
            .unwrap();
        (zeb, case)
    }

    fn no_word_anywhere(shop: &Desks, words: &[&str]) {
        for (i, d) in shop.desks.iter().enumerate() {
            let dump = d.state_dump().unwrap();
            for w in words {
                assert!(
                    !dump.contains(w),
                    "desk {i} holds nothing of {w:?} in any table, the log or the search index"
                );
            }
        }
    }

    #[test]
    fn a_desk_offline_during_the_erasure_forgets_when_it_returns_and_its_late_words_go_too() {
        let mut shop = Desks::new(3);
        let owner = Ctx::staff(&shop.owner.id);
        let staff = Ctx::staff(&shop.staff.id);
        let (zeb, case) = customer_with_a_case(&mut shop.desks[0], &owner);
        shop.sync();

        // Desk 2 is offline: its note is written before it hears of the erasure.
        let note = NewEntry {
            case_id: case.id.clone(),
            kind: EntryKind::Note,
            body: "lateword from the workshop".into(),
            direction: None,
        };
        shop.desks[2].write(|w| w.add_entry(&staff, &note)).unwrap();

        shop.desks[0].write(|w| w.forget_customer(&owner, &zeb.id, "Asked by phone")).unwrap();
        sync(&mut shop, 0);
        sync(&mut shop, 1);
        let seen = shop.desks[1].customer(&zeb.id).unwrap();
        assert!(seen.name.starts_with('#'), "an online desk forgets at once: {}", seen.name);
        assert!(
            shop.desks[2].customer(&zeb.id).unwrap().name.contains("Zebulon"),
            "the offline desk has not heard yet"
        );

        shop.sync();
        shop.same_everywhere();
        no_word_anywhere(&shop, &["Zebulon", "zebulon@quirk", "Quirkmobile", "zanzibarwords", "lateword"]);
        let case_now = shop.desks[1].case_summary(&case.id).unwrap();
        assert_eq!(
            case_now.channel,
            Channel::Phone,
            "the case, its channel and its times stay on every desk"
        );
    }

    #[test]
    fn two_owners_forgetting_one_customer_at_once_agree_and_a_merge_from_before_they_heard_has_no_effect() {
        let mut shop = Desks::new(3);
        let owner = Ctx::staff(&shop.owner.id);
        let (zeb, _) = customer_with_a_case(&mut shop.desks[0], &owner);
        let input = NewCustomer {
            name: "Zeb Q.".into(),
            emails: vec!["zq@quirk.example".into()],
            ..NewCustomer::default()
        };
        let other = shop.desks[0].write(|w| w.create_customer(&owner, &input, true)).unwrap();
        shop.sync();

        // Desk 2, offline, merges the look-alike into Zebulon first; then
        // desks 0 and 1 both forget Zebulon, neither having heard of the other.
        shop.desks[2].write(|w| w.merge_customers(&owner, &zeb.id, &other.id)).unwrap();
        shop.desks[0].write(|w| w.forget_customer(&owner, &zeb.id, "Asked at the counter")).unwrap();
        shop.desks[1].write(|w| w.forget_customer(&owner, &zeb.id, "Asked by mail")).unwrap();
        shop.sync();
        shop.same_everywhere();
        no_word_anywhere(&shop, &["Zebulon", "zebulon@quirk", "Quirkmobile", "zanzibarwords"]);
        for (i, d) in shop.desks.iter().enumerate() {
            let kept = d.customer(&other.id).unwrap();
            assert_eq!(
                (kept.id.as_str(), kept.name.as_str()),
                (other.id.as_str(), "Zeb Q."),
                "desk {i}: the look-alike the owners did not forget stays its own record, words and all"
            );
        }
    }
}

#[test]
fn backups_taken_before_forget_too_and_restoring_one_brings_nobody_back() {
    let (dir, path, mut shop) = file_backed();
    let (zeb, case) = zebulon(&mut shop);
    let backups = casebook::data::backup::backups_dir(&path);
    let before =
        casebook::data::backup::take(&shop.store, &backups, casebook::data::backup::BackupKind::Manual)
            .unwrap();
    let backup_files = || -> Vec<(String, Vec<u8>)> {
        std::fs::read_dir(&backups)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| (e.path().display().to_string(), std::fs::read(e.path()).unwrap()))
            .collect()
    };
    assert!(
        !holds(&backup_files(), ZEB[4]).is_empty(),
        "the backup holds the words before: the check can see them"
    );

    let forgotten = shop
        .store
        .forget(&casebook::model::Actor::Named("Ana".into()), &zeb.id, "Asked at the counter")
        .unwrap();
    assert_eq!(shop.store.forget_in_backups().unwrap(), 1, "the one backup forgets too");
    assert_eq!(shop.store.forget_in_backups().unwrap(), 0, "and is left alone the next time");
    for words in ZEB {
        assert_eq!(holds(&backup_files(), words), Vec::<String>::new(), "no backup file holds {words:?}");
    }

    // Restoring the backup taken before: the customer stays forgotten.
    let restored = shop
        .store
        .restore_from(
            &casebook::model::Actor::Named("Ana".into()),
            std::path::Path::new(&before.path),
            &backups,
        )
        .unwrap();
    assert_eq!(
        restored.restored.events,
        before.events + 1,
        "the backup's history is back, with the erasure it was given"
    );
    assert_eq!(
        shop.store.customer(&zeb.id).unwrap().name,
        forgotten.number,
        "and the forgotten customer is not"
    );
    assert!(shop.store.case_summary(&case.id).unwrap().subject.is_empty(), "nor is anything they said");
    drop(shop);
    for words in ZEB {
        assert_eq!(
            holds(&desk_files(&path), words),
            Vec::<String>::new(),
            "after the restore, no file of the desk holds {words:?}"
        );
    }
    drop(dir);
}

#[test]
fn an_export_made_before_brings_nobody_back_when_imported() {
    let (_dir, _path, mut shop) = file_backed();
    let (zeb, _) = zebulon(&mut shop);
    let exports = tempfile::tempdir().unwrap();
    let old = casebook::data::exchange::export(&shop.store, exports.path()).unwrap();
    let ana = casebook::model::Actor::Named("Ana".into());
    shop.store.forget(&ana, &zeb.id, "Asked by mail").unwrap();

    // Into this desk: everything in it is already here, and stays forgotten.
    casebook::data::exchange::import(&mut shop.store, &ana, std::path::Path::new(&old.folder)).unwrap();
    let dump = shop.store.state_dump().unwrap();
    for words in ZEB {
        assert!(!dump.contains(words), "importing an older export brings back nothing of {words:?}");
    }

    // Into a desk that heard of the erasure first: the old events arrive forgotten.
    let dir = tempfile::tempdir().unwrap();
    let mut other = casebook::Store::open(dir.path().join("other.db")).unwrap();
    let erasures = casebook::shop::forget::erasures(&shop.store).unwrap();
    other.write(|w| w.receive(&erasures, casebook::core::Origin::Shared).map(drop)).unwrap();
    casebook::data::exchange::import(
        &mut other,
        &casebook::model::Actor::AtDesk,
        std::path::Path::new(&old.folder),
    )
    .unwrap();
    assert!(other.customer(&zeb.id).unwrap().name.starts_with('#'), "the customer arrives forgotten");
    let dump = other.state_dump().unwrap();
    for words in ZEB {
        assert!(!dump.contains(words), "the other desk holds nothing of {words:?} from the old export");
    }
    drop(other);
    for words in ZEB {
        assert_eq!(
            holds(&desk_files(&dir.path().join("other.db")), words),
            Vec::<String>::new(),
            "nor in any of its files: {words:?}"
        );
    }
}

mod retention {
    //! Keeping only what is needed: the owner sees who a rule forgets before
    //! it acts; then the desk keeps it by itself.

    use casebook::model::*;
    use casebook::{clock, Ctx, ErrorCode};

    use crate::common::Shop;

    fn added(shop: &mut Shop, name: &str, years_ago: i64) -> Customer {
        let at = clock::now() - chrono::Duration::days(365 * years_ago + 30);
        let ctx = Ctx::at(Some(shop.ana.id.clone()), at);
        let input = NewCustomer { name: name.into(), ..NewCustomer::default() };
        shop.store.write(|w| w.create_customer(&ctx, &input, true)).unwrap()
    }

    #[test]
    fn the_owner_sees_who_a_rule_forgets_before_it_acts_and_then_the_desk_keeps_it() {
        let mut shop = Shop::new();
        let old = added(&mut shop, "Olga Oldtimer", 4);
        let recent = added(&mut shop, "Rita Recent", 0);
        assert_eq!(shop.store.retention(None).unwrap().years, None, "off until an owner turns it on");
        assert_eq!(shop.store.keep_retention().unwrap(), 0, "and nothing is forgotten while it is off");

        let asked = shop.store.retention(Some(3)).unwrap();
        let listed: Vec<&str> = asked.due.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(listed, ["Olga Oldtimer"], "three years would forget the one not seen for four");
        assert_eq!(shop.store.customer(&old.id).unwrap().name, "Olga Oldtimer", "looking forgets nobody");

        let before = shop.events();
        let ben = shop.as_ben();
        let err = shop.store.write(|w| w.set_retention(&ben, Some(3))).unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotAllowed, "the rule is the owner's: {err}");
        let ana = shop.as_ana();
        let err = shop.store.write(|w| w.set_retention(&ana, Some(0))).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "zero years is refused: {err}");
        assert_eq!(shop.events(), before, "nothing was written");

        assert_eq!(
            shop.store.write(|w| w.set_retention(&ana, Some(3))).unwrap(),
            1,
            "the one listed is forgotten at once"
        );
        let forgotten = shop.store.forgotten(&old.id).unwrap().expect("forgotten");
        assert!(forgotten.reason.contains("3 years"), "the reason is the rule: {}", forgotten.reason);
        assert_eq!(shop.store.customer(&recent.id).unwrap().name, "Rita Recent", "a recent customer stays");
        assert_eq!(shop.store.keep_retention().unwrap(), 0, "nobody else is past it");

        let later = added(&mut shop, "Lars Later", 5);
        assert_eq!(shop.store.keep_retention().unwrap(), 1, "the desk keeps the rule as customers pass it");
        assert!(shop.store.customer(&later.id).unwrap().name.starts_with('#'));

        shop.store.write(|w| w.set_retention(&ana, None)).unwrap();
        let another = added(&mut shop, "Anna Another", 6);
        assert_eq!(shop.store.keep_retention().unwrap(), 0, "turned off, it forgets nobody");
        assert_eq!(shop.store.customer(&another.id).unwrap().name, "Anna Another");
    }
}
