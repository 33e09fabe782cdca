//! One round of sync: push what the server lacks, then pull what this desk
//! lacks, a batch at a time (bounded memory however long the history).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Local, Relay};
use crate::core::{Error, Origin, Result};

/// Events sent per server transaction.
pub const PUSH_BATCH: usize = 5_000;
/// Events received per SQLite transaction: the desk is usable between batches
/// while a long history streams in.
pub const PULL_BATCH: usize = 5_000;

/// What one round did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncReport {
    /// This desk's events the server took (or already had).
    #[ts(type = "number")]
    pub pushed: u64,
    /// Events from other desks applied here.
    #[ts(type = "number")]
    pub pulled: u64,
    /// Customers whose events were applied again because some arrived late.
    #[ts(type = "number")]
    pub customers_rederived: u64,
    /// The highest clock value received, for spotting a clock far ahead.
    #[ts(type = "number")]
    pub highest_hlc: i64,
    /// This desk's events given new clock values because the server found
    /// its clock too far ahead.
    #[ts(type = "number")]
    pub restamped: u64,
    /// Other desks' events this desk brought the server (from an import).
    #[ts(type = "number")]
    pub carried: u64,
    /// Other desks' events still held here for their own desk to send.
    #[ts(type = "number")]
    pub carried_waiting: u64,
    /// Other desks' events the server refused for good.
    #[ts(type = "number")]
    pub carried_refused: u64,
}

/// Pushes every unsent event, then pulls until the desk has everything. Each
/// pushed batch moves the push cursor only once the server has committed it;
/// each pulled batch is applied with its cursor in one transaction. `on_batch`
/// is told after each pulled batch (the app refreshes the screen).
pub async fn sync_once<L: Local, R: Relay>(
    local: &mut L,
    relay: &mut R,
    mut on_batch: impl FnMut(&SyncReport) + Send,
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    // Other desks' work this desk carries goes first: this desk's own may
    // follow it (a note on a case that came with an import), and if either
    // needs the server's time, the carried work takes it first and this
    // desk's own comes after, as it was written.
    carry(local, relay, &mut report).await?;
    let mut restamped = false;
    let mut pulled_first = false;
    loop {
        let unsent = local.unsent(PUSH_BATCH).await?;
        if unsent.events.is_empty() {
            break;
        }
        let pushed = match relay.push(&unsent.events).await {
            // This desk's clock ran ahead (offline, say): its unsent work
            // takes clock values from the server's clock and goes again.
            // Once: the server's clock moving on cannot refuse them twice.
            Err(Error::ClockAhead { server_ms, from, .. }) if !restamped => {
                restamped = true;
                report.restamped += local.restamp_unsent(server_ms, from).await?;
                continue;
            }
            // The server holds one of these under other clock values (a push
            // whose answer was lost, then re-stamped here): the desk takes the
            // server's copies as it pulls the whole log again (rare: it may
            // have pulled that one before it re-stamped it), and sends the
            // rest. Once.
            Err(Error::Conflict { .. }) if !pulled_first => {
                pulled_first = true;
                pull_all(local, relay, &mut report, &mut on_batch, Some(0)).await?;
                continue;
            }
            other => other?,
        };
        local.mark_pushed(unsent.last_seq).await?;
        report.pushed += pushed.added + pushed.already_there;
    }
    pull_all(local, relay, &mut report, &mut on_batch, None).await?;
    Ok(report)
}

/// Pulls everything the server has that this desk has not (or, `from` a
/// position, all it has from there), a batch at a time.
async fn pull_all<L: Local, R: Relay>(
    local: &mut L,
    relay: &mut R,
    report: &mut SyncReport,
    on_batch: &mut (impl FnMut(&SyncReport) + Send),
    from: Option<i64>,
) -> Result<()> {
    let pulled = local.pulled_position().await?;
    let mut after = from.unwrap_or(pulled);
    // A desk pulling from the very start is joining: what it receives is the
    // shop's history, not news to announce.
    let origin = if pulled == 0 { Origin::Replay } else { Origin::Shared };
    loop {
        let batch = relay.pull(after, PULL_BATCH).await?;
        let Some(last) = batch.last().map(|r| r.position) else { break };
        let full = batch.len() == PULL_BATCH;
        let got = local.receive_pulled(batch, origin).await?;
        report.pulled += got.added;
        report.customers_rederived += got.customers_rederived;
        report.highest_hlc = report.highest_hlc.max(got.highest_hlc);
        after = last;
        on_batch(report);
        if !full {
            break;
        }
    }
    Ok(())
}

/// Offers the server the other desks' events this desk holds, a batch at a
/// time, and stops carrying those it has or refused. Those whose clock values
/// are ahead of the server's get new ones, once a round, as this desk's own
/// would, and go again. A server older than this build (no `push_carried`
/// yet) leaves them waiting; nothing here stops the round.
async fn carry<L: Local, R: Relay>(local: &mut L, relay: &mut R, report: &mut SyncReport) -> Result<()> {
    let mut after: Option<String> = None;
    let mut restamped = false;
    loop {
        let batch = local.carried(after.clone(), PUSH_BATCH).await?;
        let Some(last) = batch.last().map(|e| e.id.clone()) else { return Ok(()) };
        let answer = match relay.push_carried(&batch).await {
            Ok(answer) => answer,
            Err(e @ Error::Unavailable { .. }) => return Err(e),
            Err(_) => {
                report.carried_waiting += batch.len() as u64;
                return Ok(());
            }
        };
        report.carried += answer.added + answer.already_there;
        report.carried_refused += answer.refused;
        local.carried_done(answer.done).await?;
        if let (Some(server_ms), false) = (answer.server_ms, restamped || answer.ahead.is_empty()) {
            restamped = true;
            report.restamped += local.restamp_carried(answer.ahead, server_ms).await?;
            // From the first again: what moved is offered once more.
            after = None;
            continue;
        }
        report.carried_waiting += answer.kept;
        if batch.len() < PUSH_BATCH {
            return Ok(());
        }
        after = Some(last);
    }
}
