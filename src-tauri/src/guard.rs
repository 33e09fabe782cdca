//! Every command answers with `{code, message}`, whatever it is sent and
//! whatever goes wrong inside it.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use casebook::{ApiError, ErrorCode};
use futures_util::FutureExt;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// A command argument that never fails to deserialize: a missing or malformed
/// value is kept as an `invalid_input` error, which the command returns.
/// (Left to Tauri, a malformed argument is a bare string, not `{code, message}`.)
pub struct Arg<T>(Result<T, ApiError>);

impl<T> Arg<T> {
    pub fn get(self) -> Result<T, ApiError> {
        self.0
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Arg<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Tauri offers a missing argument as `None` to an optional reader.
        let value = Option::<serde_json::Value>::deserialize(d)?.unwrap_or(serde_json::Value::Null);
        Ok(Arg(serde_json::from_value(value).map_err(|e| {
            ApiError::new(ErrorCode::InvalidInput, casebook::msg!("shell-request-not-understood", detail = e))
        })))
    }
}

/// Runs a command body, turning a panic into an `internal` error response: the
/// window gets an answer, never a promise that hangs.
pub async fn guard<T>(body: impl Future<Output = Result<T, ApiError>>) -> Result<T, ApiError> {
    match AssertUnwindSafe(body).catch_unwind().await {
        Ok(reply) => reply,
        Err(_) => {
            tracing::error!("a command panicked");
            Err(ApiError::new(ErrorCode::Internal, casebook::msg!("shell-command-panicked")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_becomes_an_internal_error() {
        let reply: Result<(), ApiError> = guard(async { panic!("a bug") }).await;
        assert_eq!(reply.unwrap_err().code, ErrorCode::Internal, "the caller gets an answer");
    }

    #[test]
    fn a_malformed_argument_is_an_invalid_input_error() {
        let arg: Arg<u32> = serde_json::from_str("\"twelve\"").unwrap();
        let err = arg.get().unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(err.message.contains("invalid type"), "{}", err.message);
    }
}
