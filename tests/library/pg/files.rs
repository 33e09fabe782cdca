//! Attached files travel through the real server: a photo attached at one
//! desk is fetched by the other; erased at one, it leaves the server and the
//! other desk too.

use casebook::model::*;
use casebook::sync::{create_shop, invite, join, sync_files, sync_once, PgRelay};
use casebook::{ids, Ctx, Db as Desk};

use super::Db;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_attached_at_one_desk_reaches_the_other_and_an_erasure_follows() {
    let server = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let a = Desk::open(dir.path().join("a/desk.db")).unwrap();
    let b = Desk::open(dir.path().join("b/desk.db")).unwrap();
    let shop_id = ids::new_id();
    let a_id = a.read(|s| s.desk_id_now()).await.unwrap();
    let first = create_shop(&server.owner(), &shop_id, "Corner Shop", &a_id, "Counter").await.unwrap();
    let code = invite(&server.owner(), &shop_id, "Workshop").await.unwrap().code;
    let second = join(&code).await.unwrap();
    let b_id = second.config.desk_id.clone();
    b.write(move |s| s.adopt_desk_id(&b_id)).await.unwrap();

    let (ana, hash, attachment) = a
        .write(|s| {
            let ana = s.write(|w| {
                w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
            })?;
            let ctx = Ctx::staff(&ana.id);
            let input = crate::attachments::walk_in::cracked_frame("See the photo");
            let staged = s.stage_file("crack.png", &crate::attachments::png(6, 4))?;
            let case = s.write(|w| {
                let case = w.open_case(&ctx, &input)?;
                w.attach_to_opening(&ctx, &case.id, std::slice::from_ref(&staged))?;
                Ok(case)
            })?;
            let attachment = s.customer_attachments(&case.customer_id)?.remove(0).id;
            Ok((ana, staged.hash, attachment))
        })
        .await
        .unwrap();

    let mut relay_a = PgRelay::open(first.config.clone(), &first.password).await.unwrap();
    let mut relay_b = PgRelay::open(second.config.clone(), &second.password).await.unwrap();
    sync_once(&mut a.clone(), &mut relay_a, |_| {}).await.unwrap();
    let sent = sync_files(&a, &mut relay_a).await.unwrap();
    assert_eq!(sent.sent, 1, "the first desk sends the photo: {sent:?}");
    assert_eq!(sync_files(&a, &mut relay_a).await.unwrap().sent, 0, "once");

    sync_once(&mut b.clone(), &mut relay_b, |_| {}).await.unwrap();
    let h = hash.clone();
    let before = b.read(move |s| Ok(s.attachment_files()?.has(&h))).await.unwrap();
    assert!(!before, "the entry arrives before its file");
    let got = sync_files(&b, &mut relay_b).await.unwrap();
    assert_eq!(got.fetched, 1, "then the file is fetched: {got:?}");
    let h = hash.clone();
    let bytes = b.read(move |s| s.attachment_content(&h)).await.unwrap();
    assert_eq!(casebook::attachments::hash(&bytes), hash, "intact");

    let ctx = Ctx::staff(&ana.id);
    a.write(move |s| s.write(|w| w.erase_attachment(&ctx, &attachment, "The customer asked"))).await.unwrap();
    sync_once(&mut a.clone(), &mut relay_a, |_| {}).await.unwrap();
    let erased = sync_files(&a, &mut relay_a).await.unwrap();
    assert_eq!(erased.deleted, 1, "the erasure reaches the server: {erased:?}");
    assert_eq!(relay_b.get_file(&hash).await.unwrap(), None, "the server no longer has the content");
    sync_once(&mut b.clone(), &mut relay_b, |_| {}).await.unwrap();
    sync_files(&b, &mut relay_b).await.unwrap();
    let h = hash.clone();
    let after = b.read(move |s| Ok(s.attachment_files()?.has(&h))).await.unwrap();
    assert!(!after, "and the other desk erases its copy too");
}
