//! The files `casebook server setup` writes, as text: pure functions, so what
//! a run would write can be compared with what is there (running it twice
//! changes nothing) and tested without a server.

use std::net::IpAddr;

/// Marks the lines Casebook keeps in `pg_hba.conf`; everything outside them is
/// the system's and left as it is.
pub const HBA_BEGIN: &str =
    "# casebook: begin (written by `casebook server setup`; run it again rather than editing)";
pub const HBA_END: &str = "# casebook: end";

/// PostgreSQL settings for the shop's server, in the cluster's `conf.d`:
/// listen on the network, encrypt, keep passwords as SCRAM verifiers, and log
/// who connected from where (and with which encryption).
pub fn server_conf(cert: &str, key: &str) -> String {
    format!(
        "# Written by `casebook server setup`: run it again rather than editing.\n\
         listen_addresses = '*'\n\
         ssl = on\n\
         ssl_cert_file = '{cert}'\n\
         ssl_key_file = '{key}'\n\
         ssl_min_protocol_version = 'TLSv1.2'\n\
         password_encryption = 'scram-sha-256'\n\
         log_connections = on\n"
    )
}

/// The rules that let desks in: only the shop's database, only encrypted,
/// only with a password checked by SCRAM, only from `allow`.
pub fn hba_block(database: &str, allow: &[String]) -> String {
    let mut block = format!("{HBA_BEGIN}\n");
    for net in allow {
        block.push_str(&format!("hostssl {database} all {net} scram-sha-256\n"));
    }
    block.push_str(HBA_END);
    block.push('\n');
    block
}

/// `pg_hba.conf` with Casebook's block put in (replacing an earlier one in
/// place, else at the end) and every other line kept as it was.
pub fn with_hba_block(current: &str, block: &str) -> String {
    let lines: Vec<&str> = current.lines().collect();
    let begin = lines.iter().position(|l| l.trim_end() == HBA_BEGIN);
    let end = begin.and_then(|b| lines[b..].iter().position(|l| l.trim_end() == HBA_END).map(|e| b + e));
    let mut out = String::new();
    match (begin, end) {
        (Some(b), Some(e)) => {
            for line in &lines[..b] {
                out.push_str(line);
                out.push('\n');
            }
            out.push_str(block);
            for line in &lines[e + 1..] {
                out.push_str(line);
                out.push('\n');
            }
        }
        _ => {
            out.push_str(current);
            if !current.is_empty() && !current.ends_with('\n') {
                out.push('\n');
            }
            out.push('\n');
            out.push_str(block);
        }
    }
    out
}

/// One PostgreSQL cluster, as `pg_lsclusters -h` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub version: u32,
    pub name: String,
    pub port: u16,
    pub online: bool,
}

/// The clusters `pg_lsclusters -h` printed; lines it cannot read are skipped.
pub fn clusters(listing: &str) -> Vec<Cluster> {
    listing
        .lines()
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let version = parts.next()?.split('.').next()?.parse().ok()?;
            let name = parts.next()?.to_owned();
            let port = parts.next()?.parse().ok()?;
            let online = parts.next()?.starts_with("online");
            Some(Cluster { version, name, port, online })
        })
        .collect()
}

/// The cluster to use: the newest version, `main` before others.
pub fn pick_cluster(all: &[Cluster]) -> Option<&Cluster> {
    all.iter().max_by_key(|c| (c.version, c.name == "main"))
}

/// The subjectAltName list of the server's certificate: host names as DNS
/// names, addresses as IP addresses, each once.
pub fn subject_alt_names(names: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let entry = match name.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
            Ok(ip) => format!("IP:{ip}"),
            Err(_) => format!("DNS:{name}"),
        };
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out.join(",")
}

/// Whether a name can go in a certificate and an address: a host name or an
/// IP address, nothing a configuration file or a shell could read as more.
pub fn usable_name(name: &str) -> bool {
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<IpAddr>().is_ok()
        || (!name.is_empty()
            && name.len() <= 253
            && name.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            }))
}

/// A PostgreSQL name Casebook may write unquoted: lower-case letters, digits
/// and `_`, not starting with a digit.
pub fn usable_identifier(name: &str) -> bool {
    name.len() <= 63
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The network an address with a prefix length (`192.168.1.20/24`) is in,
/// written as `pg_hba.conf` wants it (`192.168.1.0/24`).
pub fn network_of(address: &str) -> Option<String> {
    let (ip, len) = address.split_once('/')?;
    let len: u8 = len.parse().ok()?;
    match ip.parse::<IpAddr>().ok()? {
        IpAddr::V4(v4) if len <= 32 => {
            let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
            Some(format!("{}/{len}", std::net::Ipv4Addr::from(u32::from(v4) & mask)))
        }
        IpAddr::V6(v6) if len <= 128 => {
            let mask = if len == 0 { 0 } else { u128::MAX << (128 - len) };
            Some(format!("{}/{len}", std::net::Ipv6Addr::from(u128::from(v6) & mask)))
        }
        _ => None,
    }
}

/// The networks this machine is on, from `ip -o addr show scope global`
/// (`2: eth0    inet 192.168.1.20/24 brd … scope global eth0`).
pub fn networks_from_ip(listing: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in listing.lines() {
        let mut words = line.split_whitespace();
        while let Some(word) = words.next() {
            if word == "inet" || word == "inet6" {
                if let Some(net) = words.next().and_then(network_of) {
                    if !out.contains(&net) {
                        out.push(net);
                    }
                }
            }
        }
    }
    out
}

/// A CIDR network as given with `--allow` (`192.168.1.0/24`, `10.0.0.0/8`,
/// or one address), normalised; `None` when it is not one.
pub fn allow_entry(given: &str) -> Option<String> {
    if given.contains('/') {
        return network_of(given);
    }
    match given.parse::<IpAddr>().ok()? {
        IpAddr::V4(v4) => Some(format!("{v4}/32")),
        IpAddr::V6(v6) => Some(format!("{v6}/128")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_goes_at_the_end_once_and_is_replaced_in_place() {
        let system = "local all postgres peer\nhost all all 127.0.0.1/32 scram-sha-256\n";
        let first = with_hba_block(system, &hba_block("casebook", &["192.168.1.0/24".into()]));
        assert!(first.starts_with(system), "the system's rules come first, unchanged: {first}");
        assert!(first.contains("hostssl casebook all 192.168.1.0/24 scram-sha-256"), "{first}");
        let again = with_hba_block(&first, &hba_block("casebook", &["192.168.1.0/24".into()]));
        assert_eq!(again, first, "the same block again changes nothing");
        let moved = with_hba_block(
            &(first.clone() + "local all all peer\n"),
            &hba_block("casebook", &["10.0.0.0/8".into()]),
        );
        assert!(!moved.contains("192.168.1.0/24") && moved.contains("10.0.0.0/8"), "replaced: {moved}");
        assert!(moved.ends_with("local all all peer\n"), "lines after the block are kept: {moved}");
        assert_eq!(moved.matches(HBA_BEGIN).count(), 1, "one block: {moved}");
    }

    #[test]
    fn clusters_are_read_from_the_listing_and_the_newest_main_is_used() {
        let listing = "13  main    5433 down   postgres /var/lib/postgresql/13/main /var/log/x\n\
                       15  main    5432 online postgres /var/lib/postgresql/15/main /var/log/y\n\
                       15  other   5434 online postgres /var/lib/postgresql/15/other /var/log/z\n\
                       garbage\n";
        let all = clusters(listing);
        assert_eq!(all.len(), 3, "the unreadable line is skipped: {all:?}");
        let picked = pick_cluster(&all).unwrap();
        assert_eq!(
            (picked.version, picked.name.as_str(), picked.port, picked.online),
            (15, "main", 5432, true)
        );
    }

    #[test]
    fn names_become_dns_and_ip_entries_once() {
        let names = ["shop-server".into(), "192.168.1.20".into(), "fe80::1".into(), "shop-server".into()];
        assert_eq!(subject_alt_names(&names), "DNS:shop-server,IP:192.168.1.20,IP:fe80::1");
    }

    #[test]
    fn only_plain_names_and_identifiers_are_accepted() {
        for good in ["shop", "shop.example.com", "192.168.1.2", "::1", "a-b"] {
            assert!(usable_name(good), "{good} is a host name or address");
        }
        for bad in ["", "a b", "x,DNS:evil", "-a", "a..b", "a'b"] {
            assert!(!usable_name(bad), "{bad:?} is refused");
        }
        assert!(usable_identifier("casebook_owner"));
        for bad in ["Owner", "1x", "a-b", "a;drop", ""] {
            assert!(!usable_identifier(bad), "{bad:?} is refused");
        }
    }

    #[test]
    fn networks_are_read_from_ip_and_from_allow() {
        let listing =
            "2: eth0    inet 192.168.1.20/24 brd 192.168.1.255 scope global eth0\\       valid_lft forever\n\
                       2: eth0    inet6 2001:db8::5/64 scope global \\       valid_lft forever\n\
                       3: wlan0    inet 192.168.1.21/24 brd 192.168.1.255 scope global wlan0\n";
        assert_eq!(networks_from_ip(listing), vec!["192.168.1.0/24".to_owned(), "2001:db8::/64".to_owned()]);
        assert_eq!(allow_entry("10.1.2.3/8").as_deref(), Some("10.0.0.0/8"));
        assert_eq!(allow_entry("10.1.2.3").as_deref(), Some("10.1.2.3/32"));
        assert_eq!(allow_entry("0.0.0.0/0").as_deref(), Some("0.0.0.0/0"));
        assert_eq!(allow_entry("nonsense"), None);
        assert_eq!(allow_entry("10.0.0.0/33"), None);
    }
}
