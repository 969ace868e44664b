/** Messages of the public forms (checkout address, account), merged into ./messages.ts. */
export const formMessages = {
  "forms.problems": {
    vi: "Chưa gửi được: {count} mục cần sửa. Chọn một mục để đến ô đó.",
    en: "Not sent yet: {count} to fix. Choose one to go to its field.",
  },
  "forms.filterProvince": { vi: "Tìm tỉnh, thành phố (gõ không dấu cũng được)", en: "Search provinces (accents optional)" },
  "forms.filterWard": { vi: "Tìm xã, phường (gõ không dấu cũng được)", en: "Search communes and wards (accents optional)" },
  "forms.matches": { vi: "{count} kết quả", en: "{count} found" },
  "forms.showWards": { vi: "Hiện xã, phường của tỉnh này", en: "Show this province's communes and wards" },
  "forms.chooseProvinceFirst": { vi: "Chọn tỉnh, thành phố trước", en: "Choose the province first" },
  "forms.phoneHint": { vi: "Ví dụ 0912 345 678", en: "E.g. 0912 345 678" },
  "forms.passwordHint": { vi: "Ít nhất {count} ký tự; một câu dễ nhớ là tốt nhất.", en: "At least {count} characters; a memorable phrase is best." },
} satisfies Record<string, { vi: string; en: string }>;
