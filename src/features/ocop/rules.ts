/**
 * The OCOP program's rules and taxonomy are written once, in the backend's
 * OCOP module; the storefront reads the same file so a change of law is one
 * change for both sides.
 */
export {
  type Bilingual,
  type CertificateStatus,
  CRITERIA_SETS,
  carriesOcopMark,
  certificateStatus,
  EXPIRING_SOON_DAYS,
  findProductSet,
  groupOfSet,
  ISSUER_LEVELS,
  PRODUCT_GROUPS,
  PRODUCT_SETS,
  type ProductGroup,
  type ProductSet,
  STAR_BANDS,
  VALIDITY_MONTHS,
} from "@ocop/core";
