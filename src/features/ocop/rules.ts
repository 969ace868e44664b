/**
 * The OCOP program's rules and taxonomy are written once, in the backend's
 * OCOP module; the storefront reads the same file so a change of law is one
 * change for both sides.
 */
export {
  type CertificateStatus,
  carriesOcopMark,
  certificateStatus,
  CRITERIA_SETS,
  EXPIRING_SOON_DAYS,
  ISSUER_LEVELS,
  STAR_BANDS,
  VALIDITY_MONTHS,
} from "@ocop/core";
export {
  type Bilingual,
  findProductSet,
  groupOfSet,
  PRODUCT_GROUPS,
  PRODUCT_SETS,
  type ProductGroup,
  type ProductSet,
} from "@ocop/core";
