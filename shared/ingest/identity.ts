// Stable identities: a report id that a redelivered event maps to again, and the content hash
// that recognises the same bytes uploaded twice.
import { createHash } from 'node:crypto';

/**
 * sha256 of bucket, key and versionId. Without versioning (local S3) the versionId is null for
 * every upload to a key, so the sequencer tells two uploads to the same key apart.
 */
export function reportIdOf(bucket: string, key: string, versionId: string | null, sequencer: string): string {
  const material = `${bucket}\n${key}\n${versionId ?? 'null'}${versionId ? '' : `\n${sequencer}`}`;
  return createHash('sha256').update(material, 'utf8').digest('hex').slice(0, 32);
}

export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
