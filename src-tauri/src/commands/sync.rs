//! Several desks, one history: the Desks & sync page and the top bar's sync
//! state. Setting up and managing desks needs the server, so these commands
//! run on the app's async threads (the database work inside them still runs
//! on its own threads).

use casebook::core::settle::SetAside;
use casebook::model::Actor;
use casebook::sync::setup::{JoinCodeMade, ShopSealed};
use casebook::sync::{
    setup, CarriedCount, Here, Presence, ServerAddress, ServerDesk, SyncConfig, SyncStatus,
};

use super::commands;

commands! {
    feature: "sync";
    /// How sync stands now (the top bar also hears every change as it happens).
    app sync_status() -> SyncStatus = |st| Ok(st.sync_status());
    /// Where the person at this desk is (the case open, and whether they are
    /// writing), for the other desks to show; told to the shop's server.
    app set_presence(here: Here) -> () = |st| {
        if let Some(sync) = st.sync.get() {
            sync.presence.set_here(here);
        }
        Ok(())
    };
    /// Who is on which case at the other desks (the window also hears every change).
    app presence() -> Vec<Presence> = |st| Ok(st.sync.get().map(|s| s.presence.others()).unwrap_or_default());
    /// This desk's shop and server, if it belongs to one.
    read sync_config() -> Option<SyncConfig> = |s| casebook::sync::service::load_config(s);
    /// Makes this desk the first of a shop on the owner's PostgreSQL server and uploads its history.
    app start_shop(owner_url: String, ca_pem: Option<String>, shop_name: String, desk_name: String) -> SyncConfig = |st| {
        let config = setup::start_shop(st.db()?, Actor::AtDesk, &owner_url, ca_pem, &shop_name, &desk_name).await?;
        st.wake_sync();
        Ok(config)
    };
    /// A single-use join code for a new desk, and until when it works.
    app make_join_code(desk_name: String) -> JoinCodeMade =
        |st| Ok(setup::make_join_code(st.db()?, Actor::AtDesk, &desk_name).await?);
    /// Whether the owner's access to the server is kept on this desk.
    app owner_here() -> bool = |st| Ok(setup::owner_here(st.db()?).await?);
    /// Keeps the owner's access on this desk (checked against the server first).
    app owner_sign_in(owner_url: String) -> () =
        |st| Ok(setup::owner_sign_in(st.db()?, Actor::AtDesk, &owner_url).await?);
    /// Forgets the owner's access on this desk.
    app owner_sign_out() -> () = |st| Ok(setup::owner_sign_out(st.db()?, Actor::AtDesk).await?);
    /// Joins the shop a join code names (on a desk with no history) and starts downloading its history.
    app join_shop(code: String) -> SyncConfig = |st| {
        let config = setup::join_shop(st.db()?, &code).await?;
        st.wake_sync();
        Ok(config)
    };
    /// Seals customers' words on the shop's server (a shop set up before sealing) and gives the key code for desks that joined before.
    app seal_shop_words() -> ShopSealed = |st| {
        let sealed = setup::seal_shop_words(st.db()?, Actor::AtDesk).await?;
        st.wake_sync();
        Ok(sealed)
    };
    /// Gives this desk the shop's key from the owner's key code, then syncs.
    app take_key_code(code: String) -> () = |st| {
        setup::take_key_code(st.db()?, &code).await?;
        st.wake_sync();
        Ok(())
    };
    /// Events this desk keeps without applying, by the desk that wrote them and why.
    read set_aside() -> Vec<SetAside> = |s| s.set_aside_summary();
    /// The shop's desks, as the server lists them.
    app shop_desks() -> Vec<ServerDesk> = |st| Ok(setup::shop_desks(st.db()?).await?);
    /// Withdraws a desk's access to the shop's server (a lost or stolen PC).
    app revoke_desk(desk_id: String) -> ServerDesk = |st| Ok(setup::revoke_desk(st.db()?, Actor::AtDesk, &desk_id).await?);
    /// A join code that lets a desk of the shop in again after it lost its password, with its history.
    app readmit_desk(desk_id: String) -> JoinCodeMade =
        |st| Ok(setup::readmit_desk(st.db()?, Actor::AtDesk, &desk_id).await?);
    /// The shop's server moved: this desk syncs with the new address (checked first).
    app move_server(server: ServerAddress) -> SyncConfig = |st| {
        let config = setup::move_server(st.db()?, Actor::AtDesk, server).await?;
        st.wake_sync();
        Ok(config)
    };
    /// This desk leaves its shop and keeps its history (refused while its work is unsent, unless `anyway`).
    app leave_shop(anyway: bool) -> SyncConfig = |st| {
        let config = setup::leave_shop(st.db()?, Actor::AtDesk, anyway).await?;
        st.wake_sync();
        Ok(config)
    };
    /// Other desks' events this desk holds for the shop's server, by desk.
    read carried() -> Vec<CarriedCount> = |s| s.carried_count();
    /// Syncs now rather than at the next moment it would anyway.
    app sync_now() -> () = |st| {
        st.wake_sync();
        Ok(())
    };
}
