/** Labels of the forms where producers and staff write a name's English text (merged into messages.ts). */
export const namesMessages = {
  "names.legalNameEn": { vi: "Tên tiếng Anh (dịch, không cần duyệt)", en: "Name in English (a translation, no review needed)" },
  "names.issuerEn": { vi: "Cơ quan cấp (tiếng Anh)", en: "Issued by (English)" },
  "names.variantEn": { vi: "Tên quy cách tiếng Anh: {variant}", en: "English name of option: {variant}" },
} as const;
