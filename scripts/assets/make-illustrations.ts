import path from "node:path";
import sharp from "sharp";
import { repoRoot } from "../platform/config.ts";

/**
 * Draws the product-group illustrations shown where a product has no photo yet
 * (src/assets/groups/<group>.png). Made by this project; MIT like the code.
 * Run `node --experimental-strip-types scripts/assets/make-illustrations.ts` after changing a drawing.
 */
const drawings: Record<string, { background: string; art: string }> = {
  food: {
    background: "#e8f1dc",
    art: `<path d="M300 330c-90-10-140-90-120-190 90 10 150 90 120 190z" fill="#4c8c2b"/><path d="M300 330c40-80 120-120 200-110-20 90-110 130-200 110z" fill="#7cb342"/><path d="M300 330v60" stroke="#3e6b23" stroke-width="10"/>`,
  },
  beverages: {
    background: "#f3e9dc",
    art: `<path d="M220 170h160l-20 220h-120z" fill="#8d5a2b"/><path d="M380 210h40a40 40 0 0 1 0 80h-30" fill="none" stroke="#8d5a2b" stroke-width="16"/><path d="M260 150c0-30 30-30 30-60M320 150c0-30 30-30 30-60" stroke="#b08a5a" stroke-width="8" fill="none"/>`,
  },
  herbal: {
    background: "#e3f2ee",
    art: `<path d="M300 390V150" stroke="#2e7d60" stroke-width="10"/><ellipse cx="250" cy="220" rx="50" ry="22" transform="rotate(-30 250 220)" fill="#43a07a"/><ellipse cx="350" cy="260" rx="50" ry="22" transform="rotate(30 350 260)" fill="#43a07a"/><ellipse cx="255" cy="310" rx="50" ry="22" transform="rotate(-30 255 310)" fill="#5cb88f"/><circle cx="300" cy="140" r="16" fill="#f2c14e"/>`,
  },
  handicrafts: {
    background: "#f4ead8",
    art: `<path d="M170 220h260l-30 170H200z" fill="#c49a5a"/><path d="M185 260h230M192 300h216M199 340h202" stroke="#8a6a35" stroke-width="8"/><path d="M220 220c0-70 160-70 160 0" fill="none" stroke="#8a6a35" stroke-width="12"/>`,
  },
  ornamental: {
    background: "#f7e6ea",
    art: `<path d="M300 400V250" stroke="#4c8c2b" stroke-width="10"/><circle cx="300" cy="200" r="28" fill="#f2c14e"/><g fill="#d9547a"><circle cx="300" cy="140" r="36"/><circle cx="357" cy="182" r="36"/><circle cx="335" cy="250" r="36"/><circle cx="265" cy="250" r="36"/><circle cx="243" cy="182" r="36"/></g><circle cx="300" cy="200" r="26" fill="#f2c14e"/>`,
  },
  tourism: {
    background: "#dfeaf5",
    art: `<path d="M90 400l150-220 90 120 60-70 130 170z" fill="#4c7a9c"/><path d="M250 400v-80l50-40 50 40v80z" fill="#8d5a2b"/><path d="M240 325l60-50 60 50" fill="none" stroke="#5b3a1a" stroke-width="10"/><circle cx="460" cy="130" r="34" fill="#f2c14e"/>`,
  },
};

for (const [group, { background, art }] of Object.entries(drawings)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="450" viewBox="0 0 600 450"><rect width="600" height="450" fill="${background}"/>${art}</svg>`;
  const file = path.join(repoRoot, "src/assets/groups", `${group}.png`);
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(file);
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}
