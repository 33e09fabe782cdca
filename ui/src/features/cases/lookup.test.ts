import { expect, test } from 'vitest';
import { guessContact } from './lookup';

test('what was typed in the look-up lands in the right field of a new customer', () => {
  expect(guessContact('ana@example.com')).toEqual({ email: 'ana@example.com' });
  expect(guessContact('+31 6 1234 5678')).toEqual({ phone: '+31 6 1234 5678' });
  expect(guessContact('(020) 555-0101')).toEqual({ phone: '(020) 555-0101' });
  expect(guessContact(' José García ')).toEqual({ name: 'José García' });
  expect(guessContact('Bike 2000'), 'a few digits in a name do not make a phone').toEqual({ name: 'Bike 2000' });
  expect(guessContact('')).toEqual({});
});
