//! The small core every feature builds on: the event log and the store with its
//! one writer, migrations, ids, the clock and errors. Nothing here knows any
//! feature: features name their events and say how each changes current state
//! (the [`Event`] trait); the core records them and runs that one function.

// First, so its `msg!` macro is in scope in every module of the core.
#[macro_use]
pub mod words;
pub mod changes;
pub mod clock;
pub mod db;
pub mod error;
pub mod event;
pub mod feature;
pub mod hlc;
pub mod ids;
pub mod migrations;
pub mod paths;
pub mod rng;
pub mod settings;
pub mod settle;
pub mod store;
pub mod text;
mod text_index;
pub mod validate;
pub mod writer;

pub use changes::{request_id, ChangeSet};
pub use error::{ApiError, Error, ErrorCode, Result};
pub use event::{Event, EventMeta, FieldChange, Indexed, Origin, RawJson, Right, StoredEvent};
pub use feature::Feature;
pub use store::Store;
pub use words::{Lang, Msg, MsgArg, ToArg, Words};
pub use writer::{Ctx, Writer};

/// A point in time. Stored as Unix milliseconds, sent as RFC 3339.
pub type Ts = chrono::DateTime<chrono::Utc>;

/// A globally unique text id (UUIDv7: sortable by creation time).
pub type Id = String;

/// Pages never exceed this many rows, whatever the caller asks for: keeps every
/// IPC response small.
pub const PAGE_MAX: u32 = 200;

/// A requested page size, kept between 1 and [`PAGE_MAX`].
pub fn page_size(limit: u32) -> u32 {
    limit.clamp(1, PAGE_MAX)
}

/// A closed set of values stored as text. Keeps the Rust name, the wire name and
/// the stored name in one place.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::core::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::core::Error::invalid(
                        stringify!($name),
                        $crate::msg!(
                            "error-not-one-of",
                            value = other,
                            kind = stringify!($name),
                            allowed = [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }

        impl $crate::core::ToArg for $name {
            fn to_arg(&self) -> $crate::core::MsgArg {
                $crate::core::MsgArg::Text(self.as_str().to_owned())
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse().map_err(|_| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} '{text}'", stringify!($name)).into(),
                ))
            }
        }
    };
}

pub(crate) use text_enum;

/// A feature's event kinds as one enum: each variant is stored with its kind as
/// the `kind` tag (`{"kind": "reply", ...}`), and `KINDS` lists them so the
/// whole history can tell which feature an event belongs to.
macro_rules! event_kinds {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $kind:literal => $variant:ident { $($fields:tt)* } ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[serde(tag = "kind")]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $kind)] $variant { $($fields)* } ),+
        }

        impl $name {
            /// Every kind of this feature, as stored in the log.
            pub const KINDS: &'static [&'static str] = &[$($kind),+];

            /// The kind stored in the log's `kind` column; equal to the serde tag.
            pub fn kind_name(&self) -> &'static str {
                match self {
                    $( $name::$variant { .. } => $kind ),+
                }
            }
        }
    };
}

pub(crate) use event_kinds;
