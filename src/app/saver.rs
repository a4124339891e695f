//! Saving off the key path: a thread that owns the `store::Saver`, takes snapshots of the
//! workbook, serialises and writes them, and reports back. The event loop hands it a snapshot
//! once edits have paused (debounced) and picks up the result on its next wake-up.

use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;

use crate::model::Workbook;
use crate::store::{self, SaveError, Saver};

struct Job {
    workbook: Workbook,
    generation: u64,
}

pub struct Done {
    pub generation: u64,
    pub result: Result<(), SaveError>,
}

pub struct BackgroundSaver {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    in_flight: Option<u64>,
}

impl BackgroundSaver {
    pub fn spawn(mut saver: Saver) -> std::io::Result<Self> {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, done) = mpsc::channel();
        thread::Builder::new().name("tsunagari-saver".into()).spawn(move || {
            // This machine's count of saves, as last written (see `store::versions`).
            let mut last = 0;
            for mut job in job_rx {
                if let Some(n) = store::versions::stamp(&mut job.workbook, last) {
                    last = n;
                }
                let result = saver.save(&job.workbook);
                if result.is_ok() {
                    store::versions::keep(&saver.path, &job.workbook.saved_by);
                }
                if done_tx.send(Done { generation: job.generation, result }).is_err() {
                    break;
                }
            }
        })?;
        Ok(Self { jobs, done, in_flight: None })
    }

    pub fn busy(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Starts saving a snapshot; returns false when one is still being written.
    pub fn start(&mut self, workbook: Workbook, generation: u64) -> bool {
        if self.busy() {
            return false;
        }
        if self.jobs.send(Job { workbook, generation }).is_ok() {
            self.in_flight = Some(generation);
            true
        } else {
            false
        }
    }

    /// The result of the save in flight, if it has finished.
    pub fn poll(&mut self) -> Option<Done> {
        match self.done.try_recv() {
            Ok(d) => {
                self.in_flight = None;
                Some(d)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => self.in_flight.take().map(|generation| Done {
                generation,
                result: Err(SaveError::Io(std::io::Error::other("the saving thread stopped"))),
            }),
        }
    }

    /// Waits for the save in flight (used on quit).
    pub fn wait(&mut self) -> Option<Done> {
        self.in_flight?;
        let got = self.done.recv().ok();
        self.in_flight = None;
        got
    }
}
