export * from "./problems.js";
export * from "./rules.js";
export * from "./serve.js";
export * from "./sniff.js";
