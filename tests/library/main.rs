//! Integration tests of the casebook library: one binary, one module per area.

mod backup;
mod bindings;
mod business_time;
mod cases;
mod cli;
mod common;
mod crash;
mod csv_import;
mod customers;
mod db;
mod desk;
mod exchange;
mod fuzz;
mod history;
mod injection;
mod lookup;
mod open;
mod schema;
mod search;
mod seed;
mod sla;
mod tell;
mod timeline;
mod trouble;
mod upgrade;
