// Which of two uploads for the same unit and period is newer. S3's sequencer orders events for
// one key only (hex, and lengths may differ between events); across keys the event time decides.
// The report id breaks exact ties, so every replica of the decision agrees whatever the order.

export interface UploadPosition {
  objectKey: string;
  eventTime: string;
  sequencer: string;
  reportId: string;
}

const sequencerWidth = 40;

/** Upper-case hex left-padded to a fixed width, so string order is numeric order (also in DynamoDB). */
export function sortableSequencer(sequencer: string): string {
  const hex = sequencer.trim().toUpperCase().replace(/^0+/, '');
  if (!/^[0-9A-F]*$/.test(hex)) throw new Error(`not a hex sequencer: ${sequencer}`);
  if (hex.length > sequencerWidth) throw new Error(`sequencer longer than ${sequencerWidth} hex digits: ${sequencer}`);
  return hex.padStart(sequencerWidth, '0');
}

/** ISO-8601 in one canonical form (millisecond UTC), so string order is time order. */
export function canonicalEventTime(eventTime: string): string {
  const ms = Date.parse(eventTime);
  if (Number.isNaN(ms)) throw new Error(`not an event time: ${eventTime}`);
  return new Date(ms).toISOString();
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Positive when `a` is newer than `b`, negative when older, 0 for the same upload. */
export function compareUploads(a: UploadPosition, b: UploadPosition): number {
  if (a.objectKey === b.objectKey) {
    const bySequencer = compare(sortableSequencer(a.sequencer), sortableSequencer(b.sequencer));
    if (bySequencer !== 0) return bySequencer;
  }
  const byTime = compare(canonicalEventTime(a.eventTime), canonicalEventTime(b.eventTime));
  if (byTime !== 0) return byTime;
  return compare(a.reportId, b.reportId);
}

export const isNewerUpload = (a: UploadPosition, b: UploadPosition): boolean => compareUploads(a, b) > 0;
