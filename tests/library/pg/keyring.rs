//! The computer's password store, for real: the GNOME Keyring that
//! `scripts/with-test-servers.sh` unlocks on a private session bus.

use casebook::ids;
use casebook::sync::SecretKey;

use super::env;

#[test]
fn the_password_store_keeps_forgets_and_replaces_a_secret() {
    // Only against the throwaway keyring, never the developer's own.
    assert_eq!(env("CASEBOOK_TEST_KEYRING"), "1", "the keyring tests run inside with-test-servers.sh");
    let shop_id = ids::new_id();
    let keys =
        [SecretKey::Desk { shop_id: shop_id.clone(), desk_id: ids::new_id() }, SecretKey::Owner { shop_id }];
    for key in keys {
        assert_eq!(key.load().unwrap(), None, "{}: nothing kept yet", key.account());
        key.store("first secret").unwrap();
        assert_eq!(key.load().unwrap().as_deref(), Some("first secret"), "kept and read back");
        key.store("second secret").unwrap();
        assert_eq!(key.load().unwrap().as_deref(), Some("second secret"), "storing again replaces it");
        key.delete().unwrap();
        assert_eq!(key.load().unwrap(), None, "forgotten");
        key.delete().expect("forgetting twice is not an error");
    }
}
