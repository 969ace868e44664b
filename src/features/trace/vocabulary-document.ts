import { BIZ_STEPS, OCOP_NAMESPACE_PATH, OCOP_TERMS, type OcopTerm } from "@ocop/core";

/** A term of the namespace as the vocabulary page lists it, under the anchor its IRI's fragment names. */
export type VocabularyEntry = { name: string; iri: string; term: OcopTerm };

/** Every `ocop:` term with its full IRI on `site` (PUBLIC_SITE_URL), in the order the vocabulary lists them. */
export function vocabularyEntries(site: string): VocabularyEntry[] {
  const ns = `${site.replace(/\/+$/, "")}${OCOP_NAMESPACE_PATH}`;
  return Object.entries(OCOP_TERMS).map(([name, term]) => ({ name, iri: `${ns}${name}`, term }));
}

/** Whether the client asked for the machine-readable vocabulary (JSON-LD) rather than the page. */
export function wantsJsonLd(accept: string | null, format: string | null): boolean {
  if (format) return format === "jsonld" || format === "json";
  return /application\/(ld\+)?json/i.test(accept ?? "");
}

const RDF_TYPES: Record<OcopTerm["kind"], string> = {
  BizStep: "cbv:BizStep",
  Property: "rdf:Property",
  IdentifierScheme: "rdfs:Class",
};

/**
 * The vocabulary as JSON-LD (RDFS terms, labels and comments in Vietnamese and
 * English), so that a program reading an EPCIS document of ours finds what
 * each `ocop:` term means. Business steps also say they extend CBV's.
 */
export function vocabularyJsonLd(site: string): Record<string, unknown> {
  const ns = `${site.replace(/\/+$/, "")}${OCOP_NAMESPACE_PATH}`;
  return {
    "@context": {
      ocop: ns,
      rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      rdfs: "http://www.w3.org/2000/01/rdf-schema#",
      cbv: "https://ref.gs1.org/cbv/",
      owl: "http://www.w3.org/2002/07/owl#",
    },
    "@id": ns.replace(/#$/, ""),
    "@type": "owl:Ontology",
    "rdfs:label": [
      { "@value": "Từ vựng truy xuất nguồn gốc OCOP", "@language": "vi" },
      { "@value": "OCOP traceability vocabulary", "@language": "en" },
    ],
    "@graph": vocabularyEntries(site).map(({ name, term }) => ({
      "@id": `ocop:${name}`,
      "@type": RDF_TYPES[term.kind],
      "rdfs:label": [
        { "@value": term.label.vi, "@language": "vi" },
        { "@value": term.label.en, "@language": "en" },
      ],
      "rdfs:comment": [
        { "@value": term.comment.vi, "@language": "vi" },
        { "@value": term.comment.en, "@language": "en" },
      ],
      ...(term.kind === "BizStep" && `ocop:${name}` in BIZ_STEPS ? { "rdfs:subClassOf": "cbv:BizStep" } : {}),
    })),
  };
}
