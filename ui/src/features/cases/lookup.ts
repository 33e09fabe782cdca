// Turning what was typed in the look-up box into the right field of a new customer.

export interface Guess {
  name?: string;
  phone?: string;
  email?: string;
}

/** "ana@x.org" is an email, "06 1234 5678" a phone, anything else a name. */
export function guessContact(typed: string): Guess {
  const text = typed.trim();
  if (!text) return {};
  if (text.includes('@')) return { email: text };
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 6 && /^[+\d\s\-().\/]+$/.test(text)) return { phone: text };
  return { name: text };
}
