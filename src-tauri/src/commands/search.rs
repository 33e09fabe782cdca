//! Finding anything in the history.

use casebook::search::{SearchQuery, SearchResults};

use super::commands;

commands! {
    feature: "search";
    /// Customers, cases and every conversation entry matching what was typed.
    read search(query: SearchQuery) -> SearchResults = |s| s.search(&query);
}
