// Builds the package twice from one source: ES modules for the storefront and
// scripts, CommonJS for the compiled Medusa backend (which `require`s it).
// Each output folder carries a package.json naming its module type, so Node
// and TypeScript read each build as what it is.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const builds = [
  { dir: "dist/esm", type: "module", args: ["--module", "NodeNext", "--moduleResolution", "NodeNext"] },
  { dir: "dist/cjs", type: "commonjs", args: ["--module", "CommonJS", "--moduleResolution", "Node10", "--verbatimModuleSyntax", "false"] },
];
rmSync(path.join(here, "dist"), { recursive: true, force: true });
for (const build of builds) {
  const out = path.join(here, build.dir);
  mkdirSync(out, { recursive: true });
  // The module type first: NodeNext reads it to decide how to emit.
  writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: build.type })}\n`);
  execFileSync(process.execPath, [tsc, "-p", path.join(here, "tsconfig.json"), "--outDir", out, ...build.args], { stdio: "inherit" });
}
