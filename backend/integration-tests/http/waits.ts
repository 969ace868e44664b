/**
 * How long to wait for what a subscriber does after a response (an order's
 * producer lines, a mailed link, a search index update, a storefront cache
 * dropped): far longer than it takes, so that a loaded machine is not mistaken
 * for a broken one, and still shorter than the storefront cache's minute, so
 * that a lost invalidation is not mistaken for a delivered one.
 */
export const EVENT_WAIT_MS = 30_000
