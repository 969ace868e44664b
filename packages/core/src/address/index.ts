export * from "./search.js";
export * from "./vietnam.js";
