/** The parts of digital-link.js (GS1's reference grammar, by EVRYTHNG) the resolver uses. */
declare module "digital-link.js" {
  type DigitalLinkObject = {
    isValid(): boolean;
    getValidationTrace(): { success: boolean; trace: { rule: string; match: string; remainder: string }[] };
    getIdentifier(): Record<string, string>;
    getKeyQualifiers(): Record<string, string>;
    getAttributes(): Record<string, string>;
    getLinkType(): string | null;
  };
  const digitalLink: { DigitalLink(uri: string): DigitalLinkObject };
  export default digitalLink;
}
