// basE91 (Joachim Henke's encoding): bytes as printable ASCII, 13 or 14 bits to two characters,
// so ~1.23 characters a byte against base64's 1.33. The alphabet is basE91's with - for its ",
// so no character of it needs an escape in a string literal. It carries the compressed division
// data (compact.ts), where the smaller literal keeps the ingest bundle under its budget.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~-';

export function encodeBase91(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let count = 0;
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count > 13) {
      let value = bits & 8191;
      if (value > 88) {
        bits >>= 13;
        count -= 13;
      } else {
        value = bits & 16383;
        bits >>= 14;
        count -= 14;
      }
      out += ALPHABET[value % 91] + ALPHABET[Math.floor(value / 91)];
    }
  }
  if (count > 0) {
    out += ALPHABET[bits % 91];
    if (count > 7 || bits > 90) out += ALPHABET[Math.floor(bits / 91)];
  }
  return out;
}

export function decodeBase91(text: string): Uint8Array {
  const digits = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) digits[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.ceil((text.length * 14) / 16));
  let length = 0;
  let value = -1;
  let bits = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = digits[text.charCodeAt(i)];
    if (value < 0) {
      value = digit;
      continue;
    }
    value += digit * 91;
    bits |= value << count;
    count += (value & 8191) > 88 ? 13 : 14;
    do {
      out[length++] = bits & 255;
      bits >>= 8;
      count -= 8;
    } while (count > 7);
    value = -1;
  }
  if (value >= 0) out[length++] = (bits | (value << count)) & 255;
  return out.subarray(0, length);
}
