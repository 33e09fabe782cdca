//! `casebook server setup`: makes a Debian or Ubuntu machine the shop owns
//! into the shop's server in one step, and again without changing anything.
//!
//! In order: PostgreSQL 15 or newer from the system's packages (installed
//! when missing, its cluster started); a certificate authority of the shop's
//! own and a server certificate for the machine's names and addresses
//! (`/etc/casebook-server`); TLS, a network listener and SCRAM passwords
//! (`conf.d/casebook.conf`); `pg_hba.conf` rules that let in only encrypted,
//! password-checked connections to the shop's database from the shop's
//! networks; the owner role (it may create the desks' roles) and the
//! database; and, where ufw is on, the same networks in the firewall.
//!
//! Every step compares what it would write with what is there, so a second
//! run reports "nothing changed". The owner's password is made here, shown
//! once, and stored nowhere in clear: PostgreSQL gets its SCRAM verifier.

pub mod text;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::core::words::{Msg, MsgRef};
use crate::core::{Error, Result};
use crate::msg;

/// What the shop's owner chose (the defaults suit a shop's own network).
#[derive(Clone, Debug)]
pub struct Options {
    /// The shop's database.
    pub database: String,
    /// The owner's PostgreSQL role.
    pub owner: String,
    /// Host names and addresses desks will use, besides the machine's own.
    pub names: Vec<String>,
    /// Networks desks may connect from; empty: the networks this machine is on.
    pub allow: Vec<String>,
    /// Choose a new password for the owner even though the role exists.
    pub new_owner_password: bool,
    /// Where the certificates are kept.
    pub dir: PathBuf,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            database: "casebook".into(),
            owner: "casebook_owner".into(),
            names: Vec::new(),
            allow: Vec::new(),
            new_owner_password: false,
            dir: PathBuf::from("/etc/casebook-server"),
        }
    }
}

/// What a run did and what to tell the first desk.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Outcome {
    /// What changed, as catalogue messages; empty when nothing needed to.
    pub changed: Vec<MsgRef>,
    pub postgres_version: u32,
    pub port: u16,
    pub database: String,
    pub owner: String,
    /// The names and addresses the certificate covers (desks use one of these).
    pub names: Vec<String>,
    pub allow: Vec<String>,
    /// The certificate authority desks are given (PEM) and where it is.
    pub ca_pem: String,
    pub ca_path: PathBuf,
    /// Only when it was made by this run: shown once, kept nowhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_password: Option<String>,
}

/// A step of the set-up that stopped, named in the person's words, with
/// what the program or the system said (kept as it said it).
fn failed(step: &Msg, detail: impl std::fmt::Display) -> Error {
    Error::Conflict { msg: msg!("error-server-setup-step", step = step.clone(), detail = detail.to_string()) }
}

/// Runs a program, giving `input` on its standard input; its output, or an
/// error naming the step and the program's own last words.
fn run(step: &Msg, program: &str, args: &[&str], input: Option<&str>) -> Result<String> {
    let mut command = Command::new(program);
    command.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    command.stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() });
    command.env("DEBIAN_FRONTEND", "noninteractive").env("LC_ALL", "C");
    let mut child = command.spawn().map_err(|e| failed(step, format!("{program}: {e}")))?;
    if let Some(input) = input {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin was piped");
        stdin.write_all(input.as_bytes()).map_err(|e| failed(step, format!("{program}: {e}")))?;
    }
    let out = child.wait_with_output().map_err(|e| failed(step, format!("{program}: {e}")))?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        let last: Vec<&str> = said.lines().filter(|l| !l.trim().is_empty()).collect();
        let tail = last[last.len().saturating_sub(3)..].join(" ");
        return Err(failed(step, format!("{program} {}: {tail}", out.status)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn found(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Writes `path` when its text differs; true when it did.
fn write_if_changed(path: &Path, text: &str, mode: u32) -> Result<bool> {
    if std::fs::read_to_string(path).is_ok_and(|t| t == text) {
        return Ok(false);
    }
    let step = msg!("server-step-write", path = path.display().to_string());
    std::fs::write(path, text).map_err(|e| failed(&step, e))?;
    set_mode(path, mode)?;
    Ok(true)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| failed(&msg!("server-step-protect", path = path.display().to_string()), e))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

/// Checks the owner's choices, then the machine, before anything changes: a
/// mistyped option is answered the same on any computer.
fn check(options: &Options) -> Result<()> {
    for (field, name) in [("database", &options.database), ("owner", &options.owner)] {
        if !text::usable_identifier(name) {
            return Err(Error::invalid(
                field,
                msg!("error-server-setup-bad-identifier", name = name.clone()),
            ));
        }
    }
    for name in &options.names {
        if !text::usable_name(name) {
            return Err(Error::invalid("name", msg!("error-server-setup-bad-name", name = name.clone())));
        }
    }
    for net in &options.allow {
        if text::allow_entry(net).is_none() {
            return Err(Error::invalid(
                "allow",
                msg!("error-server-setup-bad-network", network = net.clone()),
            ));
        }
    }
    let uid = run(&msg!("server-step-check-user"), "id", &["-u"], None)?;
    if uid.trim() != "0" {
        return Err(Error::NotAllowed { msg: msg!("error-server-setup-not-root") });
    }
    if !Path::new("/etc/debian_version").exists() || !found("apt-get") {
        return Err(Error::Conflict { msg: msg!("error-server-setup-not-debian") });
    }
    Ok(())
}

/// PostgreSQL installed, its newest cluster running; the cluster.
fn postgres(changed: &mut Vec<MsgRef>) -> Result<text::Cluster> {
    if !found("pg_lsclusters") {
        run(&msg!("server-step-update-packages"), "apt-get", &["update", "-q"], None)?;
        run(
            &msg!("server-step-install"),
            "apt-get",
            &["install", "-y", "-q", "postgresql", "openssl"],
            None,
        )?;
        changed.push(msg!("server-changed-installed").to_ref());
    }
    let listing = run(&msg!("server-step-list-clusters"), "pg_lsclusters", &["-h"], None)?;
    let cluster = match text::pick_cluster(&text::clusters(&listing)) {
        Some(c) => c.clone(),
        None => {
            let version = run(
                &msg!("server-step-find-version"),
                "sh",
                &["-c", "ls /usr/lib/postgresql | sort -n | tail -n 1"],
                None,
            )?;
            let version = version.trim().to_owned();
            run(&msg!("server-step-create-cluster"), "pg_createcluster", &[&version, "main"], None)?;
            changed.push(msg!("server-changed-cluster", version = version.to_string()).to_ref());
            let listing = run(&msg!("server-step-list-clusters"), "pg_lsclusters", &["-h"], None)?;
            text::pick_cluster(&text::clusters(&listing))
                .cloned()
                .ok_or_else(|| failed(&msg!("server-step-create-cluster"), "pg_lsclusters lists none"))?
        }
    };
    if cluster.version < 15 {
        return Err(Error::Conflict {
            msg: msg!("error-server-setup-old-postgres", version = cluster.version),
        });
    }
    if !cluster.online {
        let version = cluster.version.to_string();
        run(&msg!("server-step-start"), "pg_ctlcluster", &[&version, &cluster.name, "start"], None)?;
        changed.push(msg!("server-changed-started").to_ref());
    }
    Ok(cluster)
}

/// The machine's names and addresses, then the owner's own, each once.
fn names(options: &Options) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        let name = name.trim();
        if text::usable_name(name) && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    };
    for name in &options.names {
        add(name);
    }
    if let Ok(short) = run(&msg!("server-step-read-host-name"), "hostname", &[], None) {
        add(&short);
    }
    if let Ok(full) = run(&msg!("server-step-read-host-name"), "hostname", &["-f"], None) {
        add(&full);
    }
    if let Ok(addresses) = run(&msg!("server-step-read-addresses"), "hostname", &["-I"], None) {
        for address in addresses.split_whitespace() {
            if !address.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()) {
                add(address);
            }
        }
    }
    names
}

/// The networks desks may connect from.
fn networks(options: &Options) -> Vec<String> {
    if !options.allow.is_empty() {
        return options.allow.iter().filter_map(|n| text::allow_entry(n)).collect();
    }
    let listing =
        run(&msg!("server-step-read-networks"), "ip", &["-o", "addr", "show", "scope", "global"], None)
            .unwrap_or_default();
    text::networks_from_ip(&listing)
}

/// The shop's certificate authority (made once, kept) and a server
/// certificate for `names`, made again when the names change or it ends
/// within 90 days.
fn certificates(dir: &Path, names: &[String], changed: &mut Vec<MsgRef>) -> Result<()> {
    let step = msg!("server-step-certificates");
    std::fs::create_dir_all(dir).map_err(|e| failed(&step, e))?;
    set_mode(dir, 0o755)?;
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (ca_key, ca_crt, key, crt, csr) =
        (path("ca.key"), path("ca.crt"), path("server.key"), path("server.crt"), path("server.csr"));
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    if !(Path::new(&ca_key).exists() && Path::new(&ca_crt).exists()) {
        let mut args = vec!["req", "-x509", "-new"];
        args.extend(ec);
        args.extend([
            "-keyout",
            &ca_key,
            "-out",
            &ca_crt,
            "-days",
            "7300",
            "-subj",
            "/CN=Casebook shop certificate authority",
        ]);
        args.extend([
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        run(&step, "openssl", &args, None)?;
        set_mode(Path::new(&ca_key), 0o600)?;
        changed.push(msg!("server-changed-ca", path = ca_crt.to_string()).to_ref());
    }
    let sans = text::subject_alt_names(names);
    let names_file = dir.join("server.names");
    let same_names = std::fs::read_to_string(&names_file).is_ok_and(|t| t.trim() == sans);
    let lasting = Path::new(&crt).exists()
        && Path::new(&key).exists()
        && run(&step, "openssl", &["x509", "-checkend", "7776000", "-noout", "-in", &crt], None).is_ok();
    if same_names && lasting {
        return Ok(());
    }
    let first = names.first().map(String::as_str).unwrap_or("casebook-server");
    let subject = format!("/CN={first}");
    let mut args = vec!["req", "-new"];
    args.extend(ec);
    args.extend(["-keyout", &key, "-out", &csr, "-subj", &subject]);
    run(&step, "openssl", &args, None)?;
    let extensions = format!(
        "subjectAltName={sans}\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
    );
    let ext_file = dir.join("server.ext");
    std::fs::write(&ext_file, extensions).map_err(|e| failed(&step, e))?;
    let ext = ext_file.to_string_lossy().into_owned();
    let signed = run(
        &step,
        "openssl",
        &[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            &ca_crt,
            "-CAkey",
            &ca_key,
            "-CAcreateserial",
            "-out",
            &crt,
            "-days",
            "3650",
            "-extfile",
            &ext,
        ],
        None,
    );
    let _ = std::fs::remove_file(&csr);
    let _ = std::fs::remove_file(&ext_file);
    signed?;
    // PostgreSQL reads its key as its own user, and only a key no one else can read.
    run(&step, "chown", &["postgres:postgres", &key], None)?;
    set_mode(Path::new(&key), 0o600)?;
    std::fs::write(&names_file, format!("{sans}\n")).map_err(|e| failed(&step, e))?;
    changed.push(msg!("server-changed-certificate", names = names.join(", ")).to_ref());
    Ok(())
}

/// Runs SQL as PostgreSQL's administrator, through its local socket.
fn psql(step: &Msg, port: u16, sql: &str) -> Result<String> {
    let port = port.to_string();
    run(
        step,
        "runuser",
        &[
            "-u",
            "postgres",
            "--",
            "psql",
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-p",
            &port,
            "-d",
            "postgres",
        ],
        Some(sql),
    )
}

/// The owner role and the shop's database; the password when one was made.
fn owner_and_database(options: &Options, port: u16, changed: &mut Vec<MsgRef>) -> Result<Option<String>> {
    let (owner, database) = (&options.owner, &options.database);
    let exists = psql(
        &msg!("server-step-look-owner"),
        port,
        &format!("SELECT 1 FROM pg_roles WHERE rolname = '{owner}';\n"),
    )?;
    let mut password = None;
    if exists.trim().is_empty() || options.new_owner_password {
        let chosen = super::pg::connect::random_secret()?;
        // Only the verifier reaches PostgreSQL: the password is in no statement or log.
        let verifier = super::pg::connect::verifier(&chosen);
        let verb = if exists.trim().is_empty() { "CREATE" } else { "ALTER" };
        psql(
            &msg!("server-step-create-owner"),
            port,
            &format!("{verb} ROLE {owner} LOGIN CREATEROLE NOSUPERUSER NOCREATEDB PASSWORD '{verifier}';\n"),
        )?;
        changed.push(if verb == "CREATE" {
            msg!("server-changed-owner-created", owner = owner.as_str()).to_ref()
        } else {
            msg!("server-changed-owner-password", owner = owner.as_str()).to_ref()
        });
        password = Some(chosen);
    }
    let has_db = psql(
        &msg!("server-step-look-database"),
        port,
        &format!("SELECT 1 FROM pg_database WHERE datname = '{database}';\n"),
    )?;
    if has_db.trim().is_empty() {
        psql(
            &msg!("server-step-create-database"),
            port,
            &format!("CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0;\n"),
        )?;
        changed.push(msg!("server-changed-database", database = database.as_str()).to_ref());
    }
    Ok(password)
}

/// Where the cluster's settings are (`/etc/postgresql/15/main`).
fn conf_dir(cluster: &text::Cluster) -> PathBuf {
    PathBuf::from(format!("/etc/postgresql/{}/{}", cluster.version, cluster.name))
}

/// TLS, the listener and the rules; PostgreSQL restarted only when they changed.
fn configure(
    options: &Options,
    cluster: &text::Cluster,
    allow: &[String],
    changed: &mut Vec<MsgRef>,
) -> Result<()> {
    let dir = conf_dir(cluster);
    let step = msg!("server-step-configure");
    let conf_d = dir.join("conf.d");
    std::fs::create_dir_all(&conf_d).map_err(|e| failed(&step, e))?;
    let cert = options.dir.join("server.crt").to_string_lossy().into_owned();
    let key = options.dir.join("server.key").to_string_lossy().into_owned();
    let main_conf = std::fs::read_to_string(dir.join("postgresql.conf")).map_err(|e| failed(&step, e))?;
    if !main_conf.lines().any(|l| l.trim_start().starts_with("include_dir") && l.contains("conf.d")) {
        write_if_changed(
            &dir.join("postgresql.conf"),
            &format!("{main_conf}\ninclude_dir = 'conf.d'\n"),
            0o644,
        )?;
    }
    let conf_changed =
        write_if_changed(&conf_d.join("casebook.conf"), &text::server_conf(&cert, &key), 0o644)?;
    let hba_path = dir.join("pg_hba.conf");
    let hba = std::fs::read_to_string(&hba_path).map_err(|e| failed(&step, e))?;
    let hba_changed = write_if_changed(
        &hba_path,
        &text::with_hba_block(&hba, &text::hba_block(&options.database, allow)),
        0o640,
    )?;
    let version = cluster.version.to_string();
    if conf_changed {
        changed.push(msg!("server-changed-tls").to_ref());
        run(&msg!("server-step-restart"), "pg_ctlcluster", &[&version, &cluster.name, "restart"], None)?;
    } else if hba_changed {
        run(&msg!("server-step-reload"), "pg_ctlcluster", &[&version, &cluster.name, "reload"], None)?;
    }
    if hba_changed {
        changed.push(msg!("server-changed-allow", allow = allow.join(", ")).to_ref());
    }
    Ok(())
}

/// Where ufw guards the machine, the same networks on PostgreSQL's port.
fn firewall(port: u16, allow: &[String], changed: &mut Vec<MsgRef>) -> Result<()> {
    if !found("ufw")
        || !run(&msg!("server-step-read-firewall"), "ufw", &["status"], None)
            .is_ok_and(|s| s.contains("Status: active"))
    {
        return Ok(());
    }
    let port = port.to_string();
    for net in allow {
        let said = run(
            &msg!("server-step-open-firewall"),
            "ufw",
            &["allow", "from", net, "to", "any", "port", &port, "proto", "tcp"],
            None,
        )?;
        if !said.contains("Skipping") {
            changed.push(
                msg!("server-changed-firewall", port = port.to_string(), net = net.to_string()).to_ref(),
            );
        }
    }
    Ok(())
}

/// Sets the machine up as the shop's server (see the module's words).
pub fn setup(options: &Options) -> Result<Outcome> {
    check(options)?;
    let mut changed = Vec::new();
    let cluster = postgres(&mut changed)?;
    let names = names(options);
    if names.is_empty() {
        return Err(Error::invalid("name", msg!("error-server-setup-no-name")));
    }
    let allow = networks(options);
    if allow.is_empty() {
        return Err(Error::invalid("allow", msg!("error-server-setup-no-network")));
    }
    certificates(&options.dir, &names, &mut changed)?;
    configure(options, &cluster, &allow, &mut changed)?;
    let owner_password = owner_and_database(options, cluster.port, &mut changed)?;
    firewall(cluster.port, &allow, &mut changed)?;
    let ca_path = options.dir.join("ca.crt");
    let ca_pem = std::fs::read_to_string(&ca_path).map_err(|e| failed(&msg!("server-step-read-ca"), e))?;
    Ok(Outcome {
        changed,
        postgres_version: cluster.version,
        port: cluster.port,
        database: options.database.clone(),
        owner: options.owner.clone(),
        names,
        allow,
        ca_pem,
        ca_path,
        owner_password,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Lang;

    #[test]
    fn a_step_that_stopped_is_named_in_the_persons_language() {
        let err =
            failed(&msg!("server-step-install"), "apt-get exit status: 100: E: Unable to locate package");
        let dutch = err.msg().text(Lang::Nl);
        assert!(dutch.contains("“PostgreSQL installeren”"), "the step in Dutch: {dutch}");
        assert!(!dutch.contains("install PostgreSQL"), "no English step in a Dutch message: {dutch}");
        assert!(
            dutch.contains("E: Unable to locate package"),
            "the program's own words kept as it said them: {dutch}"
        );
        let path = msg!("server-step-write", path = "/etc/postgresql/16/main/conf.d/casebook.conf");
        let german = failed(&path, "Permission denied").msg().text(Lang::De);
        assert!(german.contains("„/etc/postgresql/16/main/conf.d/casebook.conf schreiben“"), "{german}");
    }
}
