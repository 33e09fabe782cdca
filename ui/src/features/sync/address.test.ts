import { expect, test } from 'vitest';
import { addressHost, addressUser, isLoopback, joinPassword, splitPassword } from './address';

test('a pasted address gives up its password to the password field', () => {
  expect(splitPassword('postgres://owner:s3cret@db.shop.lan:5432/casebook')).toEqual({
    address: 'postgres://owner@db.shop.lan:5432/casebook',
    password: 's3cret',
  });
  expect(splitPassword('postgresql://owner:p%40ss@10.0.0.2/shop?sslmode=require'), 'percent-escapes are read').toEqual({
    address: 'postgresql://owner@10.0.0.2/shop?sslmode=require',
    password: 'p@ss',
  });
  expect(splitPassword('postgres://owner@db/shop'), 'no password: nothing moves').toEqual({
    address: 'postgres://owner@db/shop',
    password: null,
  });
  expect(splitPassword('postgres://owner:pa'), 'while it is still being typed, nothing moves').toEqual({
    address: 'postgres://owner:pa',
    password: null,
  });
  expect(splitPassword("host=db.lan user=owner password='it\\'s' dbname=shop").password, 'a quoted value, as libpq writes it').toBe("it's");
  expect(splitPassword('host=db.lan user=owner password=x dbname=shop')).toEqual({
    address: 'host=db.lan user=owner dbname=shop',
    password: 'x',
  });
});

test('the password goes back in, escaped, only to connect', () => {
  expect(joinPassword('postgres://owner@db.lan:5432/shop', 'p@ss/w:rd')).toBe('postgres://owner:p%40ss%2Fw%3Ard@db.lan:5432/shop');
  expect(joinPassword(' postgres://owner@db.lan/shop ', ''), 'no password: the address as typed').toBe('postgres://owner@db.lan/shop');
  expect(joinPassword('host=db.lan user=owner', "it's")).toBe("host=db.lan user=owner password='it\\'s'");
  const round = splitPassword(joinPassword('postgres://owner@db/shop', 'a b%c'));
  expect(round.password, 'what goes in comes back out').toBe('a b%c');
});

test('the host and user are read from either form; loopback addresses are told apart', () => {
  expect(addressHost('postgres://owner@127.0.0.1:5432/shop')).toBe('127.0.0.1');
  expect(addressHost('postgres://[::1]:5432/shop')).toBe('::1');
  expect(addressHost('host=localhost user=x')).toBe('localhost');
  expect(addressUser('postgres://owner@db/shop')).toBe('owner');
  expect(addressUser('postgres://db/shop')).toBeNull();
  expect(isLoopback('127.0.0.1')).toBe(true);
  expect(isLoopback('localhost')).toBe(true);
  expect(isLoopback('::1')).toBe(true);
  expect(isLoopback('192.168.1.20')).toBe(false);
  expect(isLoopback(null)).toBe(false);
});
