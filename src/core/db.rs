//! The database as the desktop app uses it: one writer thread, a few reader
//! threads, and a broadcast of what each write changed.
//!
//! Every write is queued to the single writer thread and awaited, so writes never
//! contend and never run on the UI thread. Reads run on their own connections in
//! parallel with writes (WAL). A panic inside a job is caught: the transaction rolls
//! back, the caller gets an error, and the thread lives on.

use std::fs::File;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::{broadcast, oneshot};

use super::{paths, ChangeSet, Error, Result, Store};

type Job = Box<dyn FnOnce(&mut Store) + Send>;

const READERS: usize = 2;

#[derive(Clone)]
pub struct Db {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    writer: Option<mpsc::Sender<Job>>,
    readers: Option<mpsc::Sender<Job>>,
    threads: Vec<JoinHandle<()>>,
    changes: broadcast::Sender<ChangeSet>,
    pub(crate) path: PathBuf,
    /// One backup at a time (the daily one, a click on "Back up now", the one at exit).
    pub(crate) backing_up: Arc<Mutex<()>>,
    _lock: File,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Closing the queues ends the threads once their current job is done;
        // joining them closes every connection cleanly (and checkpoints the WAL).
        self.writer.take();
        self.readers.take();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

impl Db {
    /// Opens the database for this app alone. A second copy of the app pointing at
    /// the same file gets [`Error::AlreadyOpen`] instead of a second writer.
    pub fn open(path: impl AsRef<Path>) -> Result<Db> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(msg!("error-core-could-create-data-folder", dir = dir.display()), e)
            })?;
        }
        let lock = take_lock(&path)?;
        let writer_store = Store::open(&path)?;
        let (changes, _) = broadcast::channel(64);

        let mut threads = Vec::new();
        let (writer_tx, writer_rx) = mpsc::channel::<Job>();
        threads.push(spawn_worker("casebook-writer", writer_store, Arc::new(Mutex::new(writer_rx)))?);

        let (reader_tx, reader_rx) = mpsc::channel::<Job>();
        let reader_rx = Arc::new(Mutex::new(reader_rx));
        for i in 0..READERS {
            let store = Store::open_reader(&path)?;
            threads.push(spawn_worker(&format!("casebook-reader-{i}"), store, reader_rx.clone())?);
        }

        Ok(Db {
            inner: Arc::new(Inner {
                writer: Some(writer_tx),
                readers: Some(reader_tx),
                threads,
                changes,
                path,
                backing_up: Arc::new(Mutex::new(())),
                _lock: lock,
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// What each successful write changed, as it commits.
    pub fn subscribe(&self) -> broadcast::Receiver<ChangeSet> {
        self.inner.changes.subscribe()
    }

    /// Runs `f` on the writer thread and waits for its result.
    pub async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        self.write_for(None, f).await
    }

    /// As [`Db::write`], for the window's request `request`: what the write
    /// changed is told with that id ([`ChangeSet::request`]).
    pub async fn write_for<T, F>(&self, request: Option<String>, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        let rx = self.submit_write(request, f)?;
        rx.await.unwrap_or_else(|_| Err(job_died()))
    }

    /// Runs `f` on a reader connection and waits for its result.
    pub async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T> + Send + 'static,
    {
        let rx = self.submit_read(f)?;
        rx.await.unwrap_or_else(|_| Err(job_died()))
    }

    /// As [`Db::write`], for callers outside an async runtime.
    pub fn write_blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        self.submit_write(None, f)?.blocking_recv().unwrap_or_else(|_| Err(job_died()))
    }

    /// As [`Db::read`], for callers outside an async runtime.
    pub fn read_blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T> + Send + 'static,
    {
        self.submit_read(f)?.blocking_recv().unwrap_or_else(|_| Err(job_died()))
    }

    fn submit_write<T, F>(&self, request: Option<String>, f: F) -> Result<oneshot::Receiver<Result<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let changes = self.inner.changes.clone();
        let queued = Instant::now();
        let job: Job = Box::new(move |store: &mut Store| {
            let started = Instant::now();
            let out = f(store);
            note_if_slow(std::any::type_name::<F>(), queued, started);
            let mut changed = store.take_changes();
            if !changed.is_empty() {
                changed.request = request;
                // Nobody listening is fine: the UI may not have subscribed yet.
                let _ = changes.send(changed);
            }
            let _ = tx.send(out);
        });
        send(self.inner.writer.as_ref(), job)?;
        Ok(rx)
    }

    fn submit_read<T, F>(&self, f: F) -> Result<oneshot::Receiver<Result<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let queued = Instant::now();
        let job: Job = Box::new(move |store: &mut Store| {
            let started = Instant::now();
            let out = f(store);
            note_if_slow(std::any::type_name::<F>(), queued, started);
            let _ = tx.send(out);
        });
        send(self.inner.readers.as_ref(), job)?;
        Ok(rx)
    }
}

/// A job that waited or ran this long is logged (at debug level, with the
/// function it ran), so a slow screen can be traced to its query:
/// `CASEBOOK_LOG=casebook=debug`.
const SLOW: Duration = Duration::from_millis(20);

fn note_if_slow(job: &str, queued: Instant, started: Instant) {
    let (waited, ran) = (started - queued, started.elapsed());
    if waited + ran >= SLOW {
        tracing::debug!(
            job,
            waited_ms = waited.as_millis() as u64,
            ran_ms = ran.as_millis() as u64,
            "slow database job"
        );
    }
}

fn send(queue: Option<&mpsc::Sender<Job>>, job: Job) -> Result<()> {
    queue
        .ok_or_else(|| Error::Internal("the database is closing".into()))?
        .send(job)
        .map_err(|_| Error::Internal("the database worker has stopped".into()))
}

pub(crate) fn job_died() -> Error {
    Error::Internal("the database operation stopped unexpectedly".into())
}

fn spawn_worker(
    name: &str,
    mut store: Store,
    jobs: Arc<Mutex<mpsc::Receiver<Job>>>,
) -> Result<JoinHandle<()>> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || loop {
            let job = {
                let Ok(rx) = jobs.lock() else { return };
                match rx.recv() {
                    Ok(job) => job,
                    Err(_) => return,
                }
            };
            // A panicking job drops its reply channel (the caller sees an error) and
            // its transaction (which rolls back). The worker carries on.
            if catch_unwind(AssertUnwindSafe(|| job(&mut store))).is_err() {
                tracing::error!("a database job panicked; its transaction was rolled back");
            }
        })
        .map_err(|e| Error::io(msg!("error-core-could-start-database-worker"), e))
}

/// Holds the database for one program: the app, or a CLI command that must not
/// run beside it (a restore). Released when the file is dropped.
pub fn take_lock(db_path: &Path) -> Result<File> {
    let lock_path = paths::lock_path(db_path);
    let file =
        File::options().create(true).truncate(false).write(true).open(&lock_path).map_err(|e| {
            match e.kind() {
                std::io::ErrorKind::PermissionDenied => Error::ReadOnly,
                _ => Error::io(msg!("error-core-could-create", lock_path = lock_path.display()), e),
            }
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::AlreadyOpen { path: db_path.to_path_buf() }),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(Error::io(msg!("error-core-could-lock", lock_path = lock_path.display()), e))
        }
    }
}
