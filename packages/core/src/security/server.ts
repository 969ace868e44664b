/**
 * "@ocop/core/security": the Node-only half of the security rules, shared by
 * the storefront's server and the backend — failure and request limits (memory
 * or Redis) and who a request comes from (trusted proxies, bots).
 */
export * from "./attempts.js";
export * from "./clients.js";
