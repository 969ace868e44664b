// digital-link.js ships no types; this is the part of its API we call.
declare module "digital-link.js" {
  type DigitalLink = {
    isValid(): boolean;
    getValidationTrace(): { trace: { rule: string; match: string; remainder: string }[]; success: boolean };
    getKeyQualifiers(): Record<string, string>;
    getAttributes(): Record<string, string>;
    getIdentifier(): Record<string, string>;
  };
  const digitalLink: { DigitalLink(input: string | object): DigitalLink };
  export default digitalLink;
}
