import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Editorial pages in content/pages/<locale>/<slug>.md, one file per language (id "<locale>/<slug>"). */
const pages = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content/pages" }),
  schema: z.object({ title: z.string(), description: z.string(), locale: z.enum(["vi", "en"]) }),
});

export const collections = { pages };
