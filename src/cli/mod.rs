//! cli
pub mod feeds;
