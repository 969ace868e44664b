import { matchesSearch } from "@ocop/core/address-search";

/**
 * Progressive help for the address form (the form works without it):
 * - each select gets a filter box above it: typing "thai ng" leaves only
 *   "Thái Nguyên" and selects it (a native select only jumps by first letters);
 * - choosing a province fetches its communes into the commune select, so the
 *   "show communes" button that would send the form back is not needed.
 */
export function enhanceAddressForms() {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-address-form]")) {
    for (const box of form.querySelectorAll<HTMLElement>("[data-filter]")) box.hidden = false;
    for (const button of form.querySelectorAll<HTMLElement>("[data-without-js]")) button.hidden = true;
    for (const filter of form.querySelectorAll<HTMLInputElement>("input[data-filter-for]")) {
      const select = form.querySelector<HTMLSelectElement>(`#${filter.dataset.filterFor}`);
      if (!select) continue;
      filter.addEventListener("input", () => narrow(select, filter.value));
      // Enter in the filter box picks, it does not send the form half-filled.
      filter.addEventListener("keydown", (event) => {
        if (event.key === "Enter") event.preventDefault();
      });
    }
    const province = form.querySelector<HTMLSelectElement>("select[name=province]");
    const ward = form.querySelector<HTMLSelectElement>("select[name=ward]");
    const url = form.dataset.communesUrl;
    if (province && ward && url) province.addEventListener("change", () => loadCommunes(form, province.value, ward, url));
  }
}

/** Hides the options that do not match; the first that does is selected when the current one is hidden. */
function narrow(select: HTMLSelectElement, query: string) {
  let first: HTMLOptionElement | undefined;
  for (const option of select.options) {
    if (option.value === "") continue;
    option.hidden = !matchesSearch(option.text, query);
    if (!option.hidden) first ??= option;
  }
  const current = select.selectedOptions[0];
  if (first && (!current || current.hidden || current.value === "") && select.value !== first.value) {
    select.value = first.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

async function loadCommunes(form: HTMLFormElement, province: string, ward: HTMLSelectElement, url: string) {
  const placeholder = ward.querySelector<HTMLOptionElement>("option[value='']");
  for (const option of [...ward.options]) if (option !== placeholder) option.remove();
  const filter = form.querySelector<HTMLInputElement>(`input[data-filter-for="${ward.id}"]`);
  if (filter) filter.value = "";
  ward.dataset.province = province;
  if (!province) return;
  try {
    const response = await fetch(`${url}?province=${encodeURIComponent(province)}`);
    if (!response.ok) throw new Error(`communes: ${response.status}`);
    const { communes } = (await response.json()) as { communes: string[] };
    // Another province was chosen meanwhile: its own answer fills the list.
    if (ward.dataset.province !== province) return;
    ward.append(
      ...communes.map((name) => {
        const option = new Option(name, name);
        option.lang = "vi";
        return option;
      }),
    );
  } catch {
    // Offline or refused: the button that sends the form back lists them instead.
    for (const button of form.querySelectorAll<HTMLElement>("[data-without-js]")) button.hidden = false;
  }
}
