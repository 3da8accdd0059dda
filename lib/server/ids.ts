import { randomBytes } from "node:crypto";

let counter = randomBytes(2).readUInt16BE(0);
// Random bytes drawn 4 KB at a time: one call per 512 ids instead of one per id (a save makes three).
let pool = Buffer.alloc(0);
let offset = 0;

function random64(): bigint {
  if (offset + 8 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const value = pool.readBigUInt64BE(offset);
  offset += 8;
  return value;
}

/**
 * A cuid-shaped id (25 characters, "c", then time, a counter and randomness in base 36) for rows
 * written by hand-made SQL, so they look and sort like the ids Prisma's @default(cuid()) makes.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = random64().toString(36).padStart(12, "0").slice(-12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
