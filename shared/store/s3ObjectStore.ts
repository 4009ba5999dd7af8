// The ingest ObjectStore on S3. Reads are bounded by size; tagging degrades to `unsupported`
// where the store cannot tag (s3rver answers some tagging calls with NotImplemented), so local
// runs still copy held-back uploads and record that the tag is missing.
import {
  CopyObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ObjectTooLargeError, type ObjectStore } from '#shared/ingest/ports.ts';

const version = (versionId: string | null) => (versionId ? { VersionId: versionId } : {});

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.name === 'NoSuchVersion' || e?.$metadata?.httpStatusCode === 404;
}

function isUnsupported(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotImplemented' || e?.$metadata?.httpStatusCode === 501 || e?.$metadata?.httpStatusCode === 405;
}

/** CopySource is bucket/key URL-encoded per segment (slashes kept), plus ?versionId=. */
export function copySource(bucket: string, key: string, versionId: string | null): string {
  const path = `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return versionId ? `${path}?versionId=${encodeURIComponent(versionId)}` : path;
}

export function s3ObjectStore(client: S3Client): ObjectStore {
  return {
    async head(bucket, key, versionId) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ...version(versionId) }));
        return { size: head.ContentLength ?? 0 };
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw err;
      }
    },

    async read(bucket, key, versionId, maxBytes) {
      let response;
      try {
        response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...version(versionId) }));
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw err;
      }
      // Without versioning the key may have been overwritten by a larger object since the event.
      const length = response.ContentLength ?? 0;
      if (length > maxBytes) {
        (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
        throw new ObjectTooLargeError(length);
      }
      const bytes = await response.Body?.transformToByteArray();
      return bytes ?? new Uint8Array();
    },

    async tag(bucket, key, versionId, tags) {
      try {
        const existing = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key, ...version(versionId) }));
        const merged = new Map((existing.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        for (const [k, v] of Object.entries(tags)) merged.set(k, v);
        await client.send(
          new PutObjectTaggingCommand({
            Bucket: bucket,
            Key: key,
            ...version(versionId),
            Tagging: { TagSet: [...merged].map(([Key, Value]) => ({ Key, Value })) },
          }),
        );
        return 'tagged';
      } catch (err) {
        if (isUnsupported(err)) return 'unsupported';
        if (isMissing(err)) return 'missing';
        throw err;
      }
    },

    async copy(bucket, fromKey, versionId, toKey) {
      try {
        await client.send(
          new CopyObjectCommand({ Bucket: bucket, Key: toKey, CopySource: copySource(bucket, fromKey, versionId) }),
        );
        return true;
      } catch (err) {
        if (isMissing(err)) return false;
        throw err;
      }
    },

    async putText(bucket, key, text) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: text, ContentType: 'text/plain; charset=utf-8' }),
      );
    },
  };
}
