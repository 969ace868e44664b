/**
 * Ids a phone makes for what it records offline, so that sending it again
 * (a retry, a double tap, a replayed request) is recognised by the backend as
 * the same record: an event's EPCIS eventID is `urn:uuid:<uuid>`, and a lot
 * opened offline takes the id its uuid names (lotIdOf), so the events recorded
 * on it can name their lot before it exists on the server.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a uuid (any version) as `crypto.randomUUID()` writes it. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The EPCIS eventID of a client-made event id. */
export function eventIdOf(clientId: string): string {
  return `urn:uuid:${clientId.toLowerCase()}`;
}

/** The id of a lot opened with a client-made id: "lot_" and the uuid's 32 hex digits in capitals, like the ids the backend makes. */
export function lotIdOf(clientId: string): string {
  return `lot_${clientId.replace(/-/g, "").toUpperCase()}`;
}
