import { z } from 'zod';
import { Instant } from './common';

/** Base64url of `bytes` bytes, with or without `=` padding; the padding is dropped. */
function base64url(bytes: number, message: string) {
  const chars = Math.ceil((bytes * 4) / 3);
  const padding = (4 - (chars % 4)) % 4;
  return z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}={0,${padding}}$`), { message })
    .transform((s) => s.replace(/=+$/, ''));
}

/**
 * Body of POST /api/push/subscriptions: the browser's `PushSubscription.toJSON()`, e.g.
 * `{"endpoint":"https://fcm.googleapis.com/fcm/send/…","keys":{"p256dh":"BN…","auth":"x1…"}}`.
 */
export const SavePushSubscription = z.object({
  endpoint: z
    .url({ protocol: /^https?$/, message: 'Use the https address the browser’s push service gave.' })
    .max(2048, { message: 'That push address is too long.' }),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: base64url(65, 'Use the browser’s 65-byte P-256 key, base64url encoded.').refine(
      (s) => s.startsWith('B'),
      { message: 'Use the browser’s uncompressed P-256 key (it starts with 0x04).' },
    ),
    auth: base64url(16, 'Use the browser’s 16-byte auth secret, base64url encoded.'),
  }),
});
export type SavePushSubscription = z.infer<typeof SavePushSubscription>;

/** Body of DELETE /api/push/subscriptions: which of the caller's own devices to forget. */
export const DeletePushSubscription = z.object({ endpoint: z.string().min(1).max(2048) });
export type DeletePushSubscription = z.infer<typeof DeletePushSubscription>;

/** One device of the caller's that receives discreet notifications. */
export const PushDevice = z.object({
  endpoint: z.string(),
  createdAt: Instant,
  lastSuccessAt: Instant.nullable(),
});
export type PushDevice = z.infer<typeof PushDevice>;

/** Answer of POST /api/push/subscriptions. */
export const PushDeviceReply = z.object({ device: PushDevice });
export type PushDeviceReply = z.infer<typeof PushDeviceReply>;

/** Answer of GET /api/push/subscriptions: the caller's own devices, newest first. */
export const PushDeviceList = z.object({ devices: z.array(PushDevice) });
export type PushDeviceList = z.infer<typeof PushDeviceList>;

/** Answer of GET /api/push/key: the server's VAPID public key, the browser's `applicationServerKey`. */
export const PushKeyReply = z.object({ publicKey: z.string() });
export type PushKeyReply = z.infer<typeof PushKeyReply>;
