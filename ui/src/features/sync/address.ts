// The owner's server address, typed or pasted as
// postgres://user:password@host:5432/database. The password never stays in
// the address field: it moves to a password field of its own as soon as it
// is complete, and the two are put back together only to connect.

export interface SplitAddress {
  /** The address without its password. */
  address: string;
  /** The password taken out of it, or null when it had none. */
  password: string | null;
}

const URL_FORM = /^(postgres(?:ql)?:\/\/)([^@/?#]*)@(.*)$/is;
const KEY_FORM = /(^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Takes the password out of an address: from the user part of a URL
 * (`user:password@`), or from a `password=...` setting in the key=value form.
 */
export function splitPassword(text: string): SplitAddress {
  const url = URL_FORM.exec(text);
  if (url) {
    const [, scheme, userinfo, rest] = url as unknown as [string, string, string, string];
    const colon = userinfo.indexOf(':');
    if (colon < 0) return { address: text, password: null };
    return { address: `${scheme}${userinfo.slice(0, colon)}@${rest}`, password: decode(userinfo.slice(colon + 1)) };
  }
  if (!/^\s*postgres/i.test(text)) {
    const key = KEY_FORM.exec(text);
    if (key) {
      let value = key[2] ?? '';
      if (value.startsWith("'")) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
      const address = (text.slice(0, key.index) + (key[1] ?? '') + text.slice(key.index + key[0].length)).replace(/\s{2,}/g, ' ').trim();
      return { address, password: value };
    }
  }
  return { address: text, password: null };
}

/** The user named in an address, if any. */
export function addressUser(address: string): string | null {
  const url = URL_FORM.exec(address.trim());
  if (url) return url[2] ? decode(url[2].split(':')[0] ?? '') || null : null;
  const key = /(^|\s)user\s*=\s*(\S+)/i.exec(address);
  return key?.[2] ?? null;
}

/** The host named in an address, if any. */
export function addressHost(address: string): string | null {
  const text = address.trim();
  const url = /^postgres(?:ql)?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(text);
  if (url) return url[1] ? url[1].replace(/^\[|\]$/g, '') : null;
  const key = /(^|\s)host\s*=\s*(\S+)/i.exec(text);
  return key?.[2] ?? null;
}

/** True for an address only this computer can reach. */
export function isLoopback(host: string | null): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
}

/** The address with the password put back in, as the server is reached. */
export function joinPassword(address: string, password: string): string {
  const text = address.trim();
  if (!password) return text;
  const url = URL_FORM.exec(text);
  if (url) {
    const [, scheme, userinfo, rest] = url as unknown as [string, string, string, string];
    const user = userinfo.split(':')[0] ?? '';
    return `${scheme}${user}:${encodeURIComponent(password)}@${rest}`;
  }
  if (/^postgres(?:ql)?:\/\//i.test(text)) {
    // No user in the address: the server will say one is needed.
    return text.replace(/^(postgres(?:ql)?:\/\/)/i, `$1:${encodeURIComponent(password)}@`);
  }
  return `${text} password='${password.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
